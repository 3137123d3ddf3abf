package com.safesupport.bot.guardrail;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Repeats are found against the remembered 8-bit questions; only the last two are kept. */
class RepetitionTest {

    private static float[] unit(int... hot) {
        float[] v = new float[Repetition.DIMENSIONS];
        for (int i : hot) {
            v[i] = 1;
        }
        return com.safesupport.bot.embedding.Embedder.unit(v);
    }

    @Test
    void theSameVectorIsARepeatAndTheStreakGrows() {
        byte[] remembered = Repetition.remember(null, unit(1, 2, 3));
        Repetition r = Repetition.of(remembered, unit(1, 2, 3), 1);
        assertEquals(2, r.streak());
        assertTrue(r.similarity() > 0.99, "8-bit storage keeps the cosine: " + r.similarity());
        assertEquals("same-question", r.rule().orElseThrow());
    }

    @Test
    void aDifferentQuestionIsNoRepeatAndResetsTheStreak() {
        byte[] remembered = Repetition.remember(null, unit(1, 2, 3));
        Repetition r = Repetition.of(remembered, unit(7, 8, 9), 3);
        assertFalse(r.repeated());
        assertEquals(0, r.streak());
        assertFalse(Repetition.of(null, unit(1), 0).repeated(), "nothing remembered yet");
    }

    @Test
    void onlyTheLastTwoQuestionsAreRemembered() {
        byte[] remembered = Repetition.remember(null, unit(1, 2, 3));
        remembered = Repetition.remember(remembered, unit(4, 5, 6));
        assertTrue(Repetition.of(remembered, unit(1, 2, 3), 0).repeated(), "the one before last");
        remembered = Repetition.remember(remembered, unit(7, 8, 9));
        assertEquals(2 * Repetition.DIMENSIONS, remembered.length);
        assertFalse(Repetition.of(remembered, unit(1, 2, 3), 0).repeated(), "three questions ago is forgotten");
    }

    @Test
    void theStreakOnlyGrowsWhileTheMessageRepeatsEveryQuestionOfIt() {
        // 1,2,3 then 1,2,3,4,5 (a repeat of it) then 4,5,6,7 (a repeat of the last only): the customer moved on.
        byte[] remembered = Repetition.remember(null, unit(1, 2, 3));
        Repetition second = Repetition.of(remembered, unit(1, 2, 3, 4), 0);
        assertEquals(1, second.streak());
        remembered = Repetition.remember(remembered, unit(1, 2, 3, 4));
        assertEquals(2, Repetition.of(remembered, unit(1, 2, 3), 1).streak(), "the first question a third time");
        assertEquals(1, Repetition.of(remembered, unit(2, 3, 4), 1).streak(),
                "close to the last one (cosine 0.87), not to the first (0.67): a new streak");
    }

    @Test
    void courtesyIsNoRepeat() {
        byte[] remembered = Repetition.remember(null, unit(1, 2, 3));
        assertFalse(Repetition.of("Thanks!", remembered, unit(1, 2, 3), 1).repeated());
        assertEquals(2, Repetition.of("and again: how?", remembered, unit(1, 2, 3), 1).streak());
    }
}
