package com.safesupport.bot.guardrail;

import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Round 46 (issue 14, branch bh46): {@link CustomerLanguage} names the seven languages the knowledge base does not
 * serve, says nothing for English or for short texts, and the guards still read requests for a person, despair, legal
 * threats and frustration in those languages. Sentences written for this test.
 */
class Bh46CustomerLanguageTest {

    @Test
    void namesTheLanguageOfAnOrdinaryMessage() {
        Map<String, String> messages = Map.of(
                "Ich habe gestern eine Überweisung gemacht und sie ist noch nicht angekommen.", "de",
                "Mijn spaarrekening staat nog steeds op nul, hoe kan dat?", "nl",
                "Bonjour, je voudrais savoir pourquoi ma carte ne marche pas au distributeur.", "fr",
                "Hola, quiero saber cuánto cuesta enviar dinero a Colombia desde mi cuenta.", "es",
                "Buongiorno, vorrei sapere perché il mio bonifico non è ancora arrivato.", "it",
                "Olá, fiz um pagamento com o cartão e ainda não aparece na minha conta.", "pt",
                "Dzień dobry, nie mogę zalogować się do aplikacji od wczoraj.", "pl");
        messages.forEach((text, code) -> assertEquals(Optional.of(code), CustomerLanguage.of(text), text));
    }

    @Test
    void saysNothingForEnglishOrShortTexts() {
        for (String text : new String[]{"ok", "thanks", "Thanks!", "merci", "Danke", "gracias", "dziękuję", "DE89 3704 0044 0532 0130 00",
                "NL91ABNA0417164300", "Jan de Vries", "Maria da Silva", "Juan de la Cruz", "", "   ", "12.50 EUR",
                "I sent 200 euros to Juan de la Cruz yesterday, why is it still pending?",
                "My card was declined at a café in Paris, can you check it?",
                "How do I pay my rent to Mr van der Berg from my savings account?",
                "Is there a fee for a transfer to my account in Lisboa?"}) {
            assertEquals(Optional.empty(), CustomerLanguage.of(text), text);
        }
    }

    @Test
    void guardsStillReadRequestsDistressThreatsAndFrustrationInOtherLanguages() {
        assertTrue(HumanRequestDetector.detect("¿Podría revisarlo alguien de su equipo, por favor?"));
        assertTrue(HumanRequestDetector.detect("Potrebbe controllarlo qualcuno del vostro ufficio?"));
        assertTrue(HumanRequestDetector.detect("Ich hätte gern einen Kollegen, der Deutsch spricht."));
        assertTrue(HumanRequestDetector.detect("Je voudrais quelqu'un qui parle français, s'il vous plaît."));
        assertTrue(HumanRequestDetector.detect("Proszę o kogoś, kto mówi po polsku."));
        assertEquals(Optional.of("legal-threat"), SensitiveTopicDetector.detect("Se não devolverem o dinheiro, entrego tudo ao meu advogado."));
        assertEquals(Optional.of("legal-threat"), SensitiveTopicDetector.detect("Se continua così mi rivolgo a un avvocato."));
        assertEquals(Optional.of("legal-threat"), SensitiveTopicDetector.detect("Faccio ricorso all'Arbitro Bancario Finanziario."));
        assertEquals(Optional.of("legal-threat"), SensitiveTopicDetector.detect("Je vais saisir le médiateur si rien ne bouge."));
        assertEquals(Optional.of("self-harm"), SensitiveTopicDetector.detect("Parfois je pense qu'il serait mieux de ne plus être là."));
        assertEquals(Optional.of("self-harm"), SensitiveTopicDetector.detect("Às vezes só quero acabar com tudo."));
        assertEquals(Optional.of("self-harm"), SensitiveTopicDetector.detect("Certe sere vorrei solo farla finita."));
        assertTrue(SentimentScorer.exasperated("Estoy harta de esperar, es una vergüenza."));
        assertTrue(SentimentScorer.exasperated("Ik ben het echt zat met deze app."));
        assertTrue(SentimentScorer.exasperated("Jetzt reicht's mir aber."));
    }

    @Test
    void lookAlikesStaySilent() {
        assertFalse(HumanRequestDetector.detect("¿Puedo revisarlo yo mismo en la aplicación?"));
        assertFalse(HumanRequestDetector.detect("Mein Sohn spricht kein Deutsch, kann er trotzdem ein Konto eröffnen?"));
        assertFalse(HumanRequestDetector.detect("Alguien de su equipo ya lo revisó la semana pasada."));
        assertEquals(Optional.empty(), SensitiveTopicDetector.detect("Sou advogada e recebo pagamentos de clientes, há limite?"));
        assertEquals(Optional.empty(), SensitiveTopicDetector.detect("Je suis avocat et je reçois des virements de mes clients."));
        assertEquals(Optional.empty(), SensitiveTopicDetector.detect("Je ne serai plus là la semaine prochaine, je pars en vacances."));
        assertEquals(Optional.empty(), SensitiveTopicDetector.detect("Finalmente ho finito tutto il lavoro, posso fare il bonifico?"));
        assertFalse(SentimentScorer.exasperated("Es reicht, wenn ich die Karte morgen abhole?"));
        assertFalse(SentimentScorer.exasperated("Estoy en la oficina, ¿cuánto cuesta la transferencia?"));
    }

    @Test
    void theDetectorAndTheNewRulesAreLinearOnHostileInput() {
        RuleLinearity.assertLinear("der de la el il o w ß ł ñ ã und het et y e z ", t -> CustomerLanguage.of(t).isPresent(), 16);
        RuleLinearity.assertLinear("kollegen jemand der spricht parle quelqu'un ", HumanRequestDetector::detect, 16);
        RuleLinearity.assertLinear("ao meu advogado mi rivolgo plus simple de ne ", t -> SensitiveTopicDetector.detect(t).isPresent(), 16);
        RuleLinearity.assertLinear("estoy harto j'en ai vraiment mir reicht ", SentimentScorer::exasperated, 16);
        RuleLinearity.assertLinear("x", t -> CustomerLanguage.of(t).isPresent(), 256);
    }
}
