package com.safesupport.bot.guardrail;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Frustration is judged over the last turns: one annoyed message is answered, a pattern is handed over. */
class FrustrationTrendTest {

    private static InputVerdict message(double frustration, boolean abuse) {
        Signal s = new Signal("frustration", frustration >= 0.5, Optional.empty(), frustration);
        return new InputVerdict(false, false, false, Optional.empty(), abuse, frustration, List.of(s), 1.0);
    }

    @Test
    void aSingleFrustratedFirstMessageIsAnswered() {
        FrustrationTrend t = FrustrationTrend.next(0, 0, message(0.95, false));
        assertEquals(1, t.negativeStreak());
        assertFalse(t.handOver());
    }

    @Test
    void twoFrustratedMessagesInARowHandOver() {
        FrustrationTrend first = FrustrationTrend.next(0, 0, message(0.6, false));
        assertTrue(FrustrationTrend.next(first.negativeStreak(), 1, message(0.6, false)).handOver());
    }

    @Test
    void aClearlyFrustratedMessageAfterTwoRepliesHandsOver() {
        FrustrationTrend calm1 = FrustrationTrend.next(0, 0, message(0.05, false));
        FrustrationTrend calm2 = FrustrationTrend.next(calm1.negativeStreak(), 1, message(0.1, false));
        assertFalse(calm2.handOver());
        assertTrue(FrustrationTrend.next(calm2.negativeStreak(), 2, message(0.9, false)).handOver());
        assertFalse(FrustrationTrend.next(calm2.negativeStreak(), 2, message(0.6, false)).handOver(),
                "mild annoyance after two replies is answered");
    }

    @Test
    void anInsultAfterTwoRepliesHandsOver() {
        assertTrue(FrustrationTrend.next(0, 2, message(0.3, true)).handOver(), "an insult after two answers");
        assertFalse(FrustrationTrend.next(0, 0, message(0.3, true)).handOver(), "an insult as the first message is refused, not handed over");
    }

    @Test
    void aNegativeMessageAfterAnUnhelpfulReplyHandsOver() {
        assertTrue(FrustrationTrend.next(0, 1, 1, message(0.6, false)).handOver(), "frustrated after a clarifying question");
        assertTrue(FrustrationTrend.next(0, 1, 1, message(0.1, true)).handOver(), "an insult after a decline");
        assertFalse(FrustrationTrend.next(0, 1, 1, message(0.1, false)).handOver(), "a calm rephrasing is answered");
        assertFalse(FrustrationTrend.next(0, 1, 0, message(0.6, false)).handOver(), "annoyed after a helpful answer");
    }

    @Test
    void aCalmMessageResetsTheStreak() {
        assertEquals(0, FrustrationTrend.next(1, 3, message(0.1, false)).negativeStreak());
        assertEquals(2, FrustrationTrend.next(1, 3, message(0.1, true)).negativeStreak());
    }

    @Test
    void theSameQuestionAThirdTimeHandsOverAndARepeatAloneDoesNot() {
        Repetition once = new Repetition(1, 0.9, Optional.of("rephrased-question"));
        Repetition twice = new Repetition(2, 0.9, Optional.of("rephrased-question"));
        assertFalse(FrustrationTrend.next(0, 1, 0, message(0.1, false), once).handOver(), "asking once more is answered");
        FrustrationTrend third = FrustrationTrend.next(0, 2, 0, message(0.1, false), twice);
        assertTrue(third.handOver());
        assertEquals(Optional.of("repeated-question"), third.rule());
        FrustrationTrend annoyed = FrustrationTrend.next(0, 1, 0, message(0.6, false), once);
        assertTrue(annoyed.handOver(), "a frustrated repeat");
        assertEquals(Optional.of("repeated-and-frustrated"), annoyed.rule());
        assertEquals(Optional.empty(), FrustrationTrend.next(0, 1, 0, message(0.1, false), Repetition.NONE).rule());
    }
}
