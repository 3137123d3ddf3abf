package com.safesupport.bot.guardrail;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Round 75 (issue 14, branch bh75): {@link FollowUp#mayAskAgain}, what {@code OutputCheckStep} asks of a message close
 * to an earlier question ({@link Repetition#ASKED_AGAIN}) before it counts the reply before it as unhelpful. Messages
 * written for this test, not from a dataset or from the written sets.
 */
class Bh75AskedAgainTest {

    @Test
    void aQuestionAskedAgainMayAskAgain() {
        for (String text : List.of(
                "I was asking about pausing the boat loan repayments over the winter.",
                "Again: can the repayments on the boat loan stop from November to March?",
                "That page is about overdrafts. The boat loan, can it be paused?",
                "Kann ich die Raten für den Bootskredit im Winter aussetzen?")) {
            assertTrue(FollowUp.mayAskAgain(text), text);
        }
    }

    @Test
    void courtesyThanksAnAddedAspectANewTopicOrFactsAskNothingAgain() {
        for (String text : List.of(
                "ok",
                "Thanks, that's clear.",
                "Cheers, that worked.",
                "And can I do it in the app?",
                "By the way, how do I order a new card?",
                "I applied for it three weeks ago in the app.")) {
            assertFalse(FollowUp.mayAskAgain(text), text);
        }
    }

    @Test
    void thresholdIsBelowARephrasing() {
        assertTrue(Repetition.ASKED_AGAIN > 0 && Repetition.ASKED_AGAIN < Repetition.REPHRASED);
    }

    @Test
    void linearOnHostileText() {
        for (String unit : List.of("again not what i asked ", "by the way and can i ", "thanks ok cheers ", "i applied for it in the app. ",
                "¿y si? ", "n't n't n't ", "still still ")) {
            RuleLinearity.assertLinear(unit, FollowUp::mayAskAgain, 16);
        }
    }
}
