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
import static org.junit.jupiter.api.Assertions.assertSame;

/**
 * Round 44 (issue 14, branch bh44): agreeing to wait right after a reply that could not help, read as frustrated by
 * the classifier alone, is calm (not NEGATIVE_SENTIMENT); thanks after an answer likewise; "forever", a word rule or a
 * waiting message after a decline that also complains keep the hand-over. Sentences written for this test.
 */
class Bh44HandoverPipelineTest {

    private static TurnContext turn(int turns, int unhelpful, String text) {
        ConversationState state = new ConversationState(UUID.randomUUID(), "test", turns, false, Set.of(), unhelpful, 0, null, 0);
        TurnContext turn = new TurnContext(state, text, Deadline.of(Duration.ofMinutes(1)));
        turn.redacted(new Redacted(text, List.of(), "en"));
        turn.repeatStreak(0);
        return turn;
    }

    private static Outcome check(int unhelpful, String text, Optional<String> rule) {
        NegativeSentimentGuard guard = new NegativeSentimentGuard();
        guard.hits = new GuardrailHits();
        guard.hits.metrics = new SimpleMeterRegistry();
        Signal frustration = new Signal("frustration", true, rule, 0.97);
        InputVerdict verdict = new InputVerdict(false, false, false, Optional.empty(), false, 0.97, List.of(frustration), 1.0);
        return guard.check(turn(1, unhelpful, text), verdict);
    }

    @Test
    void waitingAfterADeclineIsCalm() {
        for (String text : List.of("Oké, dan wacht ik nog even.", "Alright, I'll wait then.", "D'accord, je patiente.")) {
            assertSame(Outcome.CONTINUE, check(1, text, Optional.empty()), text);
        }
    }

    @Test
    void thanksAfterAnAnswerIsCalm() {
        assertSame(Outcome.CONTINUE, check(0, "Vielen Dank, schönen Abend noch!", Optional.empty()));
    }

    @Test
    void complaintsAndWordRulesStillHandOver() {
        assertEquals(Reason.NEGATIVE_SENTIMENT, handedOver(check(1, "I'll wait forever then, I guess.", Optional.empty())));
        assertEquals(Reason.NEGATIVE_SENTIMENT, handedOver(check(1, "Alright, I'll wait then.", Optional.of("strong-words"))));
        // Thanks right after a decline may be sarcasm: the classifier keeps its say.
        assertEquals(Reason.NEGATIVE_SENTIMENT, handedOver(check(1, "Thanks a lot.", Optional.empty())));
    }

    private static Reason handedOver(Outcome outcome) {
        return ((Outcome.Stop) outcome).verdict().handoffReasons().getFirst();
    }
}
