package com.safesupport.bot.conversation.pipeline;

import com.safesupport.bot.config.BotConfig;
import com.safesupport.bot.guardrail.FollowUp;
import com.safesupport.bot.handoff.Reason;
import com.safesupport.bot.isolation.Deadline;
import com.safesupport.bot.knowledge.KnowledgeBase;
import com.safesupport.bot.knowledge.Retrieval;
import com.safesupport.bot.redaction.Redacted;
import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Round 45 (issue 14, branch bh45), in {@link RetrievalStep}: the first neutral question is the opening message together
 * with facts the customer adds right after its decline, so declining both is one failure; the next decline is the
 * second ({@code REPEATED_FAILURE}). Declining a message that asks nothing (thanks, "noted", "no problem, I'll look
 * tomorrow") is no failure. Look-alikes: a complaint or a question as the second message, facts added later in the
 * conversation, and a person in distress, still count. Sentences written for this test.
 */
class Bh45HandoverPipelineTest {

    private static TurnContext turn(int turns, int unhelpful, String text) {
        ConversationState state = new ConversationState(UUID.randomUUID(), "test", turns, false, Set.of(), unhelpful, 0, null, 0);
        TurnContext turn = new TurnContext(state, text, Deadline.of(Duration.ofMinutes(1)));
        turn.redacted(new Redacted(text, List.of(), "en"));
        turn.repeatStreak(0);
        return turn;
    }

    private static Verdict declined(int turns, int unhelpful, String text) {
        RetrievalStep step = new RetrievalStep();
        step.knowledge = new KnowledgeBase() {
            @Override
            public Retrieval search(String question, int topK) {
                return new Retrieval(List.of());
            }
        };
        step.config = ConversationReplay.defaults(BotConfig.class);
        return ((Outcome.Stop) step.run(turn(turns, unhelpful, text))).verdict();
    }

    @Test
    void factsAfterTheFirstDeclineAreOneFailure() {
        for (String text : List.of("I requested it in the app on the third.", "Ich habe sie vor zehn Tagen in der Filiale beantragt.",
                "Zamówiłem ją przez internet w poniedziałek.")) {
            assertFalse(declined(1, 1, text).handsOff(), text);
        }
    }

    @Test
    void decliningAMessageThatAsksNothingIsNoFailure() {
        for (String text : List.of("D'accord, merci, c'est noté.", "Geen probleem, ik kijk morgen wel.", "Super, she will love it. Dziękuję!")) {
            assertFalse(declined(1, 1, text).handsOff(), text);
        }
    }

    @Test
    void complaintsQuestionsDistressAndLaterFactsStillHandOver() {
        for (String text : List.of("I requested it on the third and it still isn't here.", "When will it arrive?",
                "Je n'en peux plus, je ne vois plus d'issue.", "Nie widzę tej opcji w ustawieniach.")) {
            Verdict v = declined(1, 1, text);
            assertTrue(v.handsOff(), text);
            assertEquals(Reason.REPEATED_FAILURE, v.handoffReasons().getFirst(), text);
        }
        // Facts only count with the opening question: on the third message a second decline in a row hands over.
        assertTrue(declined(2, 1, "I requested it in the app on the third.").handsOff());
        // And the decline after the facts is the second failure.
        assertTrue(declined(2, 1, "Could you tell me where it is now?").handsOff());
    }

    @Test
    void factsAreReadInLinearTime() {
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        String unit = "i requested it in the app on monday and ";
        long small = fastest(cpu, unit.repeat(16));
        long large = fastest(cpu, unit.repeat(256));
        assertTrue(large < 48 * Math.max(small, 500_000), small / 1000 + " µs, " + large / 1000 + " µs");
    }

    private static long fastest(ThreadMXBean cpu, String text) {
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            long start = cpu.getCurrentThreadCpuTime();
            FollowUp.addsFacts(text);
            FollowUp.settled(text);
            best = Math.min(best, cpu.getCurrentThreadCpuTime() - start);
        }
        return best;
    }
}
