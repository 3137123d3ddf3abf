package com.safesupport.bot.guardrail;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Round 54 (issue 14, branch bh54): words of the law or of illness used in another sense are no sensitive topic — a lawyer
 * merely mentioned, a court visited as a witness, a document for a solicitor, the Italian "sue" (her / your), the Polish
 * "chemia" (chemistry, household chemicals), "fell for" something that is no scam — in the eight languages the bot serves;
 * a lawyer who acts against the bank, a lawsuit threatened and chemotherapy still are. Each rule is linear on hostile input
 * ({@link RuleLinearity}, ×16). Sentences written for this test, none from a dataset or from the written sets.
 */
class Bh54SensitiveTopicTest {

    @Test
    void aLawyerMerelyMentionedIsNoThreat() {
        List<String> calm = List.of(
                "My lawyer needs a bank statement for the flat purchase, where do I download it?",
                "My solicitor said the deposit must come from an account in my name.",
                "I'll need a statement for my solicitor, which format is accepted?",
                "Mon avocat a besoin d'un relevé de compte des trois derniers mois.",
                "Mi abogado necesita un certificado de titularidad de la cuenta.",
                "Il mio avvocato mi ha chiesto un estratto conto per la compravendita.",
                "Mijn advocaat heeft een rekeningafschrift nodig voor de notaris.",
                "Mein Anwalt hat mir seine Rechnung geschickt, wie überweise ich sie?",
                "O meu advogado pediu-me um comprovativo de morada.",
                "Mój prawnik potrzebuje wyciągu z konta za ostatni rok.");
        for (String text : calm) {
            assertEquals(Optional.empty(), SensitiveTopicDetector.detect(text), text);
        }
    }

    @Test
    void otherSensesOfLawAndIllnessAreNoSensitiveTopic() {
        List<String> calm = List.of(
                "I'm going to court as a witness next Tuesday, can I pay for parking by card there?",
                "Vou ao tribunal como testemunha na sexta, posso levantar dinheiro lá?",
                "Ancora non capisco, le sue risposte parlano di un altro conto.",
                "Kupiłam chemia do sprzątania i zapłaciłam kartą dwa razy.",
                "Chemia gospodarcza w tym sklepie kosztowała 40 zł, a pobrano 80 zł.",
                "I fell for a lovely flat in Leeds, how much deposit can I transfer in one day?",
                "My daughter fell for the puppy at the shelter, can I pay the adoption fee by card?");
        for (String text : calm) {
            assertEquals(Optional.empty(), SensitiveTopicDetector.detect(text), text);
        }
    }

    @Test
    void aLawyerActingOrALawsuitThreatenedIsStillSensitive() {
        List<String> threats = List.of(
                "My solicitor will be in touch with your complaints team on Monday.",
                "You'll be hearing from my lawyer about this.",
                "I've instructed my solicitor, so expect a letter.",
                "If this isn't fixed I will sue you for the lost rent.",
                "Mon avocat va vous contacter dès demain.",
                "Mi abogado se pondrá en contacto con ustedes.",
                "Il mio avvocato vi contatterà entro venerdì.",
                "Mijn advocaat neemt contact met u op.",
                "Mein Anwalt wird sich bei Ihnen melden.",
                "O meu advogado vai entrar em contacto convosco.",
                "Mój prawnik się z wami skontaktuje w tej sprawie.",
                "I fell for a scam call yesterday and sent them 900 pounds.",
                "Jestem na chemii i nie mogę przyjść do oddziału.");
        for (String text : threats) {
            assertEquals(true, SensitiveTopicDetector.detect(text).isPresent(), text);
        }
    }

    @Test
    void theRulesAreLinearOnHostileInput() {
        RuleLinearity.assertLinear("i will i will go to court as a ", t -> SensitiveTopicDetector.detect(t).isPresent(), 16);
        RuleLinearity.assertLinear("my lawyer my solicitor will be ", t -> SensitiveTopicDetector.detect(t).isPresent(), 16);
        RuleLinearity.assertLinear("le sue sue fell for a fell for ", t -> SensitiveTopicDetector.detect(t).isPresent(), 16);
        RuleLinearity.assertLinear("na chemii mam chemia chemię ", t -> SensitiveTopicDetector.detect(t).isPresent(), 16);
    }
}
