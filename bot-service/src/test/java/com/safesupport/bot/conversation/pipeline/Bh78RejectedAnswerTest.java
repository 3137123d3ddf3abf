package com.safesupport.bot.conversation.pipeline;

import com.safesupport.bot.guardrail.Repetition;
import com.safesupport.bot.handoff.Reason;
import com.safesupport.bot.isolation.Deadline;
import com.safesupport.bot.redaction.Redacted;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Round 78 (issue 14, branch bh78): {@link OutputCheckStep#answered} — an answer the customer then rejects counts as
 * a failure. Each case is one turn of a made-up conversation: how many messages came before, whether the last reply
 * was already counted unhelpful (the streak) and the cosine of this message to the customer's earlier questions.
 */
class Bh78RejectedAnswerTest {

    private static TurnContext turn(String text, int turnsBefore, int streak, double similarity) {
        ConversationState state = new ConversationState(UUID.randomUUID(), "bh78", turnsBefore, false, Set.of(), streak, 0);
        TurnContext turn = new TurnContext(state, text, Deadline.of(Duration.ofMinutes(5)));
        turn.redacted(new Redacted(text, List.of(), "en"));
        turn.repeatSimilarity(similarity);
        return turn;
    }

    private static Verdict verdict(Outcome outcome) {
        return ((Outcome.Stop) outcome).verdict();
    }

    @Test
    void anAnswerRejectedRightAfterADeclineKeepsTheStreakAndTheSameNeedRejectedAgainHandsOver() {
        TurnContext second = turn("No, there is no cancel option on that screen at all.", 1, 1, 0.30);
        Verdict v = verdict(OutputCheckStep.answered(second, "(answer)"));
        assertFalse(v.handsOff());
        assertEquals(1, second.unhelpfulStreak().orElseThrow());
        TurnContext third = turn("You told me that already, the option just isn't there.", 2, 1, 0.62);
        Verdict handed = verdict(OutputCheckStep.answered(third, "(answer)"));
        assertTrue(handed.handsOff());
        assertEquals(Reason.REPEATED_FAILURE, handed.handoffReasons().getFirst());
        // Another need (below Repetition.SAME_NEED) and no person asked for: the streak stays, no hand-over yet.
        TurnContext other = turn("It isn't a joint account, only mine.", 2, 1, Repetition.SAME_NEED - 0.2);
        assertFalse(verdict(OutputCheckStep.answered(other, "(answer)")).handsOff());
        assertEquals(1, other.unhelpfulStreak().orElseThrow());
    }

    @Test
    void aCalmRephrasingAfterAnAnswerIsAnsweredAndTheStreakResets() {
        TurnContext calm = turn("Sorry, once more: where do I change the repayment date?", 1, 0, 0.75);
        assertFalse(verdict(OutputCheckStep.answered(calm, "(answer)")).handsOff());
        assertEquals(0, calm.unhelpfulStreak().orElseThrow());
        TurnContext pressed = turn("So can I change the repayment date or not?", 1, 0, 0.75);
        assertFalse(verdict(OutputCheckStep.answered(pressed, "(answer)")).handsOff());
        assertEquals(1, pressed.unhelpfulStreak().orElseThrow());
    }

    @Test
    void saidNotToAnswerAtTheSecondMessageHandsOverOnlyForTheSameNeedAfterADecline() {
        TurnContext same = turn("That's not what I asked, I want the overdraft limit raised for two months.", 1, 1, 0.70);
        Verdict v = verdict(OutputCheckStep.answered(same, "(answer)"));
        assertTrue(v.handsOff());
        assertEquals(Reason.REPEATED_FAILURE, v.handoffReasons().getFirst());
        TurnContext other = turn("That's not what I asked, I want the overdraft limit raised for two months.", 1, 1, 0.20);
        assertFalse(verdict(OutputCheckStep.answered(other, "(answer)")).handsOff());
        TurnContext afterAnswer = turn("That's not what I asked, I want the overdraft limit raised for two months.", 1, 0, 0.70);
        assertFalse(verdict(OutputCheckStep.answered(afterAnswer, "(answer)")).handsOff());
        assertEquals(1, afterAnswer.unhelpfulStreak().orElseThrow());
    }
}
