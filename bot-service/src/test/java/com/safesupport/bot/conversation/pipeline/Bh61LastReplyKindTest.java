package com.safesupport.bot.conversation.pipeline;

import com.safesupport.bot.guardrail.InputVerdict;
import com.safesupport.bot.guardrail.Signal;
import com.safesupport.bot.handoff.Reason;
import com.safesupport.bot.isolation.Deadline;
import com.safesupport.bot.redaction.Redacted;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Round 61 (issue 14, branch bh61; round 60's candidate, bh60, reapplied): which replies decline the customer's message ({@link Verdict#declines}), and the
 * frustration guard's "right after an unhelpful reply" read from the last reply's kind
 * ({@link ConversationState#lastReplyDeclined}), not from the decline streak. Sentences written for this test.
 */
class Bh61LastReplyKindTest {

    @Test
    void refusalsAndClarifyingQuestionsDeclineAnswersAndHandOffsDoNot() {
        assertTrue(Verdict.reply(Verdict.Kind.REFUSED, Replies.OUT_OF_SCOPE, "OUT_OF_SCOPE").declines());
        assertTrue(Verdict.reply(Verdict.Kind.REFUSED, Replies.OUT_OF_SCOPE, "LOW_CONFIDENCE").declines());
        assertTrue(Verdict.reply(Verdict.Kind.CLARIFY, "Did you mean one of these?", "LOW_CONFIDENCE").declines());
        assertTrue(Verdict.reply(Verdict.Kind.REFUSED, Replies.INJECTION, "PROMPT_INJECTION", "GUARDRAIL_BLOCKED").declines());
        assertTrue(Verdict.reply(Verdict.Kind.REFUSED, Replies.ABUSE, "ABUSE").declines());
        assertFalse(Verdict.reply(Verdict.Kind.ANSWER, "(answer)", "ANSWERED").declines());
        assertFalse(Verdict.handOff(Reason.REPEATED_FAILURE, Reason.OUT_OF_SCOPE).after("OUT_OF_SCOPE").declines());
        assertFalse(Verdict.reply(Verdict.Kind.REFUSED, Replies.otherLanguage("fr"), "LANGUAGE", "OUT_OF_SCOPE").declines(),
                "the reply naming the language declines no question (round 47)");
    }

    @Test
    void statesWithoutTheKindTakeItFromTheStreak() {
        assertTrue(new ConversationState(UUID.randomUUID(), "t", 2, false, Set.of(), 1, 0).lastReplyDeclined());
        assertFalse(new ConversationState(UUID.randomUUID(), "t", 2, false, Set.of(), 0, 0, null, 0).lastReplyDeclined());
        assertTrue(new ConversationState(UUID.randomUUID(), "t", 2, false, Set.of(), 0, 0, null, 0, true).lastReplyDeclined());
    }

    private static InputVerdict frustrated(double score) {
        Signal frustration = new Signal("frustration", true, Optional.empty(), score);
        return new InputVerdict(false, false, false, Optional.empty(), false, score, List.of(frustration), 1.0);
    }

    private static TurnContext turn(int unhelpfulStreak, boolean lastReplyDeclined, String text) {
        ConversationState state = new ConversationState(UUID.randomUUID(), "test", 2, false, Set.of(), unhelpfulStreak, 0,
                null, 0, lastReplyDeclined);
        TurnContext turn = new TurnContext(state, text, Deadline.of(Duration.ofMinutes(1)));
        turn.redacted(new Redacted(text, List.of(), "en"));
        return turn;
    }

    private static Outcome guard(TurnContext turn, InputVerdict verdict) {
        GuardrailHits hits = new GuardrailHits();
        hits.metrics = new SimpleMeterRegistry();
        NegativeSentimentGuard guard = new NegativeSentimentGuard();
        guard.hits = hits;
        return guard.check(turn, verdict);
    }

    @Test
    void fedUpRightAfterADeclineThatStartedNoStreakHandsOver() {
        Outcome outcome = guard(turn(0, true, "I am really fed up with this."), frustrated(0.6));
        assertTrue(outcome instanceof Outcome.Stop, outcome.toString());
        assertEquals(Reason.NEGATIVE_SENTIMENT, ((Outcome.Stop) outcome).verdict().handoffReasons().getFirst());
    }

    @Test
    void aStreakAlonePastAReplyThatDidNotDeclineIsNotRightAfterOne() {
        // The streak may stay above nought past a reply that answered ("why?" answered, or an answer after "that did not
        // answer"); what the customer reacts to is the last reply.
        assertEquals(Outcome.CONTINUE, guard(turn(1, false, "I am really fed up with this."), frustrated(0.6)));
        assertEquals(Outcome.CONTINUE, guard(turn(0, false, "I am really fed up with this."), frustrated(0.6)));
    }

    @Test
    void aSettlingMessageMayBeSarcasmOnlyRightAfterADecline() {
        assertTrue(NegativeSentimentGuard.settledAfterAnswer(turn(0, true, "Brilliant, that's all I needed."), frustrated(0.99)).frustrated());
        assertFalse(NegativeSentimentGuard.settledAfterAnswer(turn(1, false, "Brilliant, that's all I needed."), frustrated(0.99)).frustrated());
    }
}
