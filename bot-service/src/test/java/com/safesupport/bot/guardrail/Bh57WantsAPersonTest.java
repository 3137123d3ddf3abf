package com.safesupport.bot.guardrail;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Round 57 (issue 14, branch bh57): {@link HumanRequestDetector#wantsAPerson}, the customer's own request for a person
 * that orders the reasons of a second-failure hand-over (it never hands over by itself). Texts made up for this test,
 * not from a dataset or from the written sets.
 */
class Bh57WantsAPersonTest {

    @Test
    void aPersonWantedInTheEightLanguages() {
        List<String> asks = List.of(
                "Is there anyone there who could look at my file instead?",
                "Can I speak with somebody who speaks Portuguese, please?",
                "I'd rather go through this with a real person.",
                "Kann sich bitte jemand mein Konto ansehen?",
                "Est-ce que quelqu'un pourrait vérifier mon dossier ?",
                "¿Hay alguien que me pueda atender por teléfono?",
                "Qualcuno può controllare la mia pratica?",
                "Kan iemand naar mijn rekening kijken?",
                "Alguém pode ver o meu caso, por favor?",
                "Czy ktoś może sprawdzić moje konto?");
        for (String text : asks) {
            assertTrue(HumanRequestDetector.wantsAPerson(text), text);
        }
    }

    @Test
    void noPersonOrAPersonOnlyMentionedIsNoRequest() {
        List<String> others = List.of(
                "Can I send money to someone abroad from the app?",
                "Why was my card declined at the supermarket?",
                "My personal details changed last month.",
                "I called the branch yesterday about the fee.",
                "Il pagamento è ancora in sospeso.",
                "Mein Überweisungslimit ist zu niedrig.");
        for (String text : others) {
            assertFalse(HumanRequestDetector.wantsAPerson(text), text);
        }
    }

    @Test
    void hostileInputIsLinear() {
        RuleLinearity.assertLinear("someone a real a member of your jemand quelqu'un une ", HumanRequestDetector::wantsAPerson, 16);
        RuleLinearity.assertLinear("a a a a a real real live actual one of your your ", HumanRequestDetector::wantsAPerson, 16);
        RuleLinearity.assertLinear("x".repeat(60) + " ", HumanRequestDetector::wantsAPerson, 16);
    }
}
