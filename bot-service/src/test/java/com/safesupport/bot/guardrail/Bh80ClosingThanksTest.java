package com.safesupport.bot.guardrail;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Round 80 (issue 14, branch bh80): a message that is nothing but thanks and a goodbye, in any of the eight languages
 * ({@link SentimentScorer#closingThanks}), is neither frustration nor a request for a person when only a classifier reads
 * it so ({@link InputScreen#frustration(String, double, double, double[])}, {@link InputScreen#heldBack}); thanks with a
 * word of complaint, a question or a request beside it keeps the classifiers' say, and a rule still decides. The
 * classifier's score is given here, not computed. Texts made up for this test, not from a dataset or the written sets.
 */
class Bh80ClosingThanksTest {

    private static final double THRESHOLD = 0.5;

    private static final List<String> CLOSING = List.of(
            "Thanks so much, have a lovely weekend!", "Perfect, thank you. Bye!", "Cheers!",
            "Super, vielen Dank! Schönen Abend noch.", "Danke sehr 🙂",
            "D'accord, merci beaucoup, bonne soirée.", "Merci pour votre aide !",
            "Oké, dank je wel. Fijne dag!", "Bedankt voor de hulp.",
            "Vale, muchas gracias. ¡Adiós!", "Perfetto, grazie tante! Buona giornata.",
            "Ótimo, muito obrigada. Boa noite!", "Dobrze, dziękuję bardzo. Miłego dnia!");

    private static final List<String> NOT_ONLY_THANKS = List.of(
            "Thanks for nothing.", "Thanks, but it still doesn't work.", "Thanks, can I speak to someone now?",
            "Danke für nichts.", "Vielen Dank, aber das hilft mir nicht.", "Merci, mais je voudrais parler à un conseiller.",
            "Gracias, pero sigo sin la tarjeta.", "Grazie, ma il bonifico non è arrivato.", "Obrigado, e agora como faço?",
            "Bedankt, maar niemand helpt me.", "Dziękuję, ale nadal nie działa.", "How do I change my PIN?", "");

    @Test
    void thanksAndAGoodbyeAloneInTheEightLanguages() {
        for (String text : CLOSING) {
            assertTrue(SentimentScorer.closingThanks(text), text);
        }
        for (String text : NOT_ONLY_THANKS) {
            assertFalse(SentimentScorer.closingThanks(text), text);
        }
    }

    @Test
    void aClassifierAloneDoesNotMakeThanksFrustrated() {
        for (String text : CLOSING) {
            Signal s = InputScreen.frustration(text, 0.7, THRESHOLD, SentimentScorer.signals(text));
            assertFalse(s.hit(), text);
            assertEquals(Optional.of("thanks"), s.rule(), text);
        }
        for (String text : List.of("Danke für nichts.", "Grazie, ma il bonifico non è arrivato.")) {
            assertTrue(InputScreen.frustration(text, 0.7, THRESHOLD, SentimentScorer.signals(text)).hit(), text);
        }
    }

    @Test
    void aClassifierAloneDoesNotMakeThanksARequestForAPerson() {
        for (String text : CLOSING) {
            Signal s = InputScreen.heldBack(new Signal("human-request", true, Optional.empty(), 0.6), Optional.empty(), text);
            assertFalse(s.hit(), text);
        }
        // A request beside the thanks, or a rule, still hands over.
        assertTrue(InputScreen.heldBack(new Signal("human-request", true, Optional.empty(), 0.6), Optional.empty(),
                "Thanks, can I speak to someone now?").hit());
        assertTrue(InputScreen.heldBack(new Signal("human-request", true, Optional.of("talk-to-person"), 0.6), Optional.of("talk-to-person"),
                "Thanks so much, have a lovely weekend!").hit());
    }

    @Test
    void hostileInputStaysLinear() {
        for (String unit : List.of("thanks ", "ok, ", "merci beaucoup ", "!!! ", "have a nice ", "🙂 ", "\u00a0\u200b,. ")) {
            RuleLinearity.assertLinear(unit, SentimentScorer::closingThanks);
        }
        // A long message is never only thanks: read up to 120 characters, so a huge one costs no matching.
        assertFalse(SentimentScorer.closingThanks("thanks ".repeat(100_000)));
        assertTrue(SentimentScorer.closingThanks("Mer\u200bci\u00a0beaucoup !"));
    }
}
