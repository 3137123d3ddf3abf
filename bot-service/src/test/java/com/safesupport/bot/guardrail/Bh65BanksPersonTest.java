package com.safesupport.bot.guardrail;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Round 65 (issue 14, branch bh65): {@link HumanRequestDetector} — an indirect request for one of the bank's people,
 * named with the bank's place and a definite article or as one of "you", with a joined pronoun or a subjunctive on
 * the verb, in the eight languages; and a request that mentions the customer's account is no longer taken for a
 * payment. Sentences written for this test, not from a dataset or a written set.
 */
class Bh65BanksPersonTest {

    @Test
    void indirectRequestsForTheBanksPeopleInTheEightLanguages() {
        List<String> requests = List.of(
                "Could somebody at the bank check my account and see why the card was declined?",
                "Is there anyone on your side who can check my account history for March?",
                "Quelqu'un de l'agence pourrait-il me rappeler demain matin ?",
                "Une personne de votre service pourrait-elle s'en occuper ?",
                "¿Podría revisarlo alguien de la oficina esta semana?",
                "Prefiero que me lo explique alguno de ustedes por teléfono.",
                "¿Me pueden pasar con alguien, por favor?",
                "Qualcuno della filiale può richiamare mia madre e me domani?",
                "Può controllare qualcuno di voi la mia pratica?",
                "Kan iemand van de kredietafdeling naar mijn aanvraag kijken?",
                "Wil een van jullie dit met mij doornemen?",
                "Alguém do banco pode ligar-me amanhã?",
                "Há alguém aí com quem eu possa falar sobre o empréstimo?",
                "Kann jemand von der Bank sich das bitte anschauen?",
                "Könnte einer von Ihnen mich zurückrufen?",
                "Czy ktoś w banku może sprawdzić mój wniosek?");
        List<String> missed = requests.stream().filter(t -> !HumanRequestDetector.detect(t)).toList();
        assertTrue(missed.isEmpty(), "not recognised: " + missed);
    }

    @Test
    void reportsPaymentsAndDataQuestionsStaySilent() {
        List<String> silent = List.of(
                "Somebody at the bank told me the card would arrive on Friday.",
                "How do I send money to someone's account abroad?",
                "Can I open an account for my daughter online?",
                "Quelqu'un de l'agence m'a appelé hier au sujet de ma carte.",
                "Alguien de la oficina me llamó la semana pasada.",
                "Qualcuno della banca ha controllato la mia pratica ieri.",
                "Iemand van de bank heeft mij gisteren gebeld.",
                "Alguém do banco ligou-me ontem sobre o cartão.",
                "Jemand von der Bank hat mich gestern angerufen.",
                "Kann jemand von der Bank meine Daten ansehen?",
                "¿Puedo enviar dinero a alguien de la oficina de mi hermano?",
                "Ktoś w banku powiedział mi, że karta jest gotowa.");
        List<String> handed = silent.stream().filter(HumanRequestDetector::detect).toList();
        assertTrue(handed.isEmpty(), "read as a request: " + handed);
    }

    @Test
    void hostileInputIsLinear() {
        RuleLinearity.assertLinear("quelqu'un de l'agence alguien de la oficina qualcuno della banca ", HumanRequestDetector::detect, 16);
        RuleLinearity.assertLinear("iemand van de afdeling alguém do banco jemand von der bank kijken ", HumanRequestDetector::detect, 16);
        RuleLinearity.assertLinear("alguno de ustedes una persona de votre service revisarlo llame ", HumanRequestDetector::detect, 16);
        RuleLinearity.assertLinear("someone at the bank account my account anyone on your side ", HumanRequestDetector::detect, 16);
    }
}
