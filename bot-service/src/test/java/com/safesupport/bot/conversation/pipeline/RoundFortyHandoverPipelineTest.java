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
 * Round 40 (issue 14): a calm "that didn't answer what I asked" keeps the unhelpful streak at one even when the next
 * reply answers, hands over when said again from the third message on after a reply already counted unhelpful, and
 * never on the second message; a calm "that doesn't answer" that only the frustration classifier reads as frustrated,
 * right after an unhelpful reply, is handed over as REPEATED_FAILURE, while a word rule or abuse keeps
 * NEGATIVE_SENTIMENT. Sentences written for this test.
 */
class RoundFortyHandoverPipelineTest {

    private static TurnContext turn(int turns, int unhelpful, String text) {
        ConversationState state = new ConversationState(UUID.randomUUID(), "test", turns, false, Set.of(), unhelpful, 0, null, 0);
        TurnContext turn = new TurnContext(state, text, Deadline.of(Duration.ofMinutes(1)));
        turn.redacted(new Redacted(text, List.of(), "en"));
        return turn;
    }

    private static Verdict answered(TurnContext turn) {
        return ((Outcome.Stop) OutputCheckStep.answered(turn, "(answer)")).verdict();
    }

    @Test
    void aCalmNotAnsweredKeepsTheStreakAndNeverHandsOverOnTheSecondMessage() {
        TurnContext second = turn(1, 0, "That isn't about savings for children, though.");
        assertFalse(answered(second).handsOff());
        assertEquals(Optional.of(1), second.unhelpfulStreak());
        // Even after an unhelpful reply, the second message is answered.
        TurnContext secondAfterDecline = turn(1, 1, "That isn't about savings for children, though.");
        assertFalse(answered(secondAfterDecline).handsOff());
        TurnContext third = turn(2, 1, "I still can't tell whether a child can have one.");
        Verdict v = answered(third);
        assertTrue(v.handsOff());
        assertEquals(Reason.REPEATED_FAILURE, v.handoffReasons().getFirst());
    }

    @Test
    void anOrdinaryFollowUpResetsTheStreak() {
        for (String text : List.of("Thanks, and is there a fee for it?", "Sorry, I meant the joint account.", "Great, that works.")) {
            TurnContext t = turn(2, 1, text);
            assertFalse(answered(t).handsOff(), text);
            assertEquals(Optional.of(0), t.unhelpfulStreak(), text);
        }
        // The first message is never read as a follow-up.
        TurnContext first = turn(0, 0, "That doesn't answer it: what is the overdraft rate?");
        assertFalse(answered(first).handsOff());
        assertEquals(Optional.of(0), first.unhelpfulStreak());
    }

    private static NegativeSentimentGuard guard() {
        NegativeSentimentGuard guard = new NegativeSentimentGuard();
        guard.hits = new GuardrailHits();
        guard.hits.metrics = new SimpleMeterRegistry();
        return guard;
    }

    private static InputVerdict frustrated(Optional<String> rule, boolean abuse) {
        Signal frustration = new Signal("frustration", true, rule, 0.97);
        return new InputVerdict(false, false, false, Optional.empty(), abuse, 0.97, List.of(frustration), 1.0);
    }

    private static Reason handedOverAs(String text, InputVerdict verdict) {
        Outcome outcome = guard().check(turn(1, 1, text), verdict);
        return ((Outcome.Stop) outcome).verdict().handoffReasons().getFirst();
    }

    @Test
    void aCalmNotAnsweredAfterAFailureIsARepeatedFailure() {
        assertEquals(Reason.REPEATED_FAILURE, handedOverAs("That doesn't answer my question, sorry.", frustrated(Optional.empty(), false)));
        assertEquals(Reason.REPEATED_FAILURE, handedOverAs("Das beantwortet meine Frage nicht.", frustrated(Optional.empty(), false)));
        // Words of anger, abuse, or no "not answered": the customer is upset.
        assertEquals(Reason.NEGATIVE_SENTIMENT, handedOverAs("That doesn't answer my question, useless.", frustrated(Optional.of("strong-words"), false)));
        assertEquals(Reason.NEGATIVE_SENTIMENT, handedOverAs("That doesn't answer my question.", frustrated(Optional.empty(), true)));
        assertEquals(Reason.NEGATIVE_SENTIMENT, handedOverAs("This is getting ridiculous now.", frustrated(Optional.empty(), false)));
    }
}
