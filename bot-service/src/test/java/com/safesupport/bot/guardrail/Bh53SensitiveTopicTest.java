package com.safesupport.bot.guardrail;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Round 53 (issue 14, branch bh53): a threat to take the matter to a lawyer, a court, an ombudsman, a regulator or a data
 * protection authority, in the eight languages the bot serves, is {@code SENSITIVE_TOPIC} (legal-threat); paying a lawyer
 * or a court fee is not. Hardship and not wanting to be here written without the apostrophe are read. Each rule is
 * linear on hostile input ({@link RuleLinearity}, ×16). Sentences written for this test, none from a dataset or from
 * the written sets.
 */
class Bh53SensitiveTopicTest {

    @Test
    void aThreatToGoToALawyerCourtOrRegulatorIsSensitive() {
        List<String> threats = List.of(
                "Unless the fee comes back this week I will hand everything to a solicitor.",
                "We are going to write to the data protection authority about this.",
                "Je vais saisir le médiateur de la banque si rien ne bouge.",
                "Je vais prendre un avocat, c'est inadmissible.",
                "Voy a acudir al defensor del cliente con todo esto.",
                "Iré al juzgado si hace falta.",
                "Mi rivolgerò all'arbitro bancario entro lunedì.",
                "Presenterò un esposto al garante della privacy.",
                "Ik ga naar de geschillencommissie met deze zaak.",
                "Anders neem ik een advocaat en stap ik naar de rechter.",
                "Ich werde die Schlichtungsstelle einschalten.",
                "Sonst gehe ich mit der Sache vor Gericht.",
                "Vou levar isto ao Banco de Portugal amanhã.",
                "Vou apresentar queixa e falar com um advogado.",
                "Pójdę z tym do rzecznika finansowego.",
                "Złożę skargę do KNF, jeśli nie oddacie pieniędzy.");
        for (String text : threats) {
            assertEquals(Optional.of("legal-threat"), SensitiveTopicDetector.detect(text), text);
        }
    }

    @Test
    void payingALawyerOrACourtIsNoThreat() {
        List<String> calm = List.of(
                "I'll pay the solicitor's invoice by transfer tomorrow, what is the limit?",
                "I will transfer the court fee on Monday, which reference do I use?",
                "Vou pagar o advogado por transferência, quanto tempo demora?",
                "Voy a pagar al abogado con tarjeta, ¿hay comisión?",
                "Ich werde heute Abend ein Gericht mit Reis kochen und danach überweisen.",
                "Sądzę, że przelew dotrze jutro.",
                "I don't want to be here all day, how long is the queue for the branch?",
                "I can't see a way out of this screen in the app.");
        for (String text : calm) {
            assertEquals(Optional.empty(), SensitiveTopicDetector.detect(text), text);
        }
    }

    @Test
    void hardshipAndDespairWithoutTheApostropheAreRead() {
        Map<String, String> messages = Map.of(
                "since the flood i cant pay the council tax or the gas bill", "financial-hardship",
                "some nights i dont want to be here", "self-harm",
                "i cant see any way out, not any more", "self-harm");
        messages.forEach((text, category) -> assertEquals(Optional.of(category), SensitiveTopicDetector.detect(text), text));
    }

    @Test
    void theRulesAreLinearOnHostileInput() {
        RuleLinearity.assertLinear("i will i will i will i will ", t -> SensitiveTopicDetector.detect(t).isPresent(), 16);
        RuleLinearity.assertLinear("voy a voy a voy a pagar abogado ", t -> SensitiveTopicDetector.detect(t).isPresent(), 16);
        RuleLinearity.assertLinear("dont want to be here all ", t -> SensitiveTopicDetector.detect(t).isPresent(), 16);
        RuleLinearity.assertLinear("cant see a way out cant see a way out ", t -> SensitiveTopicDetector.detect(t).isPresent(), 16);
    }
}
