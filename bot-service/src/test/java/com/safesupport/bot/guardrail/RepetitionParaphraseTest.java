package com.safesupport.bot.guardrail;

import com.safesupport.bot.embedding.Embedder;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The repetition rule on the shipped embedding model, with conversations written for this test: asking one thing
 * three times hands over; rephrased-but-different questions, a conversation drifting through related questions,
 * ordinary follow-ups and courtesy messages do not. (A Quarkus test for the application's embedder: the
 * tokenizer's native library loads in one class loader per JVM.)
 */
@QuarkusTest
class RepetitionParaphraseTest {

    @Inject
    Embedder embedder;

    /** The repeat streak after each calm message, as the conversation would keep it. */
    private List<Integer> streaks(String... messages) {
        List<Integer> out = new ArrayList<>();
        byte[] remembered = null;
        int streak = 0;
        for (String m : messages) {
            float[] v = embedder.embed(m);
            Repetition r = Repetition.of(m, remembered, v, streak);
            streak = r.streak();
            out.add(streak);
            remembered = Repetition.remember(remembered, v);
        }
        return out;
    }

    /** A calm customer is handed over on repetition alone when the streak reaches {@link FrustrationTrend#REPEATS}. */
    private static boolean handedOver(List<Integer> streaks) {
        return streaks.stream().anyMatch(s -> s >= FrustrationTrend.REPEATS);
    }

    @Test
    void oneQuestionAskedThreeTimesInOtherWordsIsGoingRoundInCircles() {
        List<Integer> s = streaks("Why hasn't my new card been delivered yet?", "my new card still has not been delivered",
                "Why has my new card still not been delivered?");
        assertEquals(List.of(0, 1, 2), s);
        assertTrue(handedOver(s));
    }

    @Test
    void resetAndChangeAreOneRephrasingAnsweredOnceThenTheCustomerMovesOn() {
        // "reset" and "change" my PIN ask for the same thing (a new PIN; the same article answers both): one calm
        // rephrasing counts 1 and is answered. A third, different PIN question does not continue the streak.
        List<Integer> s = streaks("how do I reset my card PIN", "how do I change my card PIN", "can I change my PIN at a cash machine");
        assertEquals(1, s.get(1), s.toString());
        assertEquals(0, s.get(2), s.toString());
        assertFalse(handedOver(s), s.toString());
    }

    @Test
    void aConversationDriftingThroughRelatedQuestionsIsNoCircle() {
        // Each is close to the one before but the third is not the first question again.
        assertFalse(handedOver(streaks("how do I reset my card PIN", "how do I change my card PIN",
                "how do I change the PIN in the app")));
        assertFalse(handedOver(streaks("how do I freeze my card", "how do I unfreeze my card",
                "can I freeze only online payments")));
        assertFalse(handedOver(streaks("how long does a bank transfer take", "how long does an international transfer take",
                "what does an international transfer cost")));
    }

    @Test
    void ordinaryFollowUpsAreNotRepeats() {
        assertEquals(List.of(0, 0, 0), streaks("how do I order a new card", "how long will the new card take to arrive",
                "how much does a replacement card cost"));
        assertEquals(List.of(0, 0, 0), streaks("can I get a refund for this purchase", "how long does a refund take",
                "will the refund go back to my card"));
    }

    @Test
    void courtesyMessagesAreNeverRepeats() {
        assertEquals(List.of(0, 0, 0, 0), streaks("how do I top up by bank transfer", "ok", "okay", "ok thanks!"));
        assertTrue(Repetition.courtesy("Thank you so much!"));
        assertTrue(Repetition.courtesy("ok, got it"));
        assertFalse(Repetition.courtesy("ok but how do I top up?"));
        assertFalse(Repetition.courtesy("no, my card was declined"));
    }
}
