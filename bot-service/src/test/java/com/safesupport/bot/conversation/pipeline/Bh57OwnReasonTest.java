package com.safesupport.bot.conversation.pipeline;

import com.safesupport.bot.guardrail.InputVerdict;
import com.safesupport.bot.handoff.Reason;
import com.safesupport.bot.isolation.Deadline;
import com.safesupport.bot.redaction.Redacted;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Round 57 (issue 14, branch bh57): {@link OwnReason#order} on one turn with a made-up classifier verdict (the
 * frustration score is given, not computed): the customer's own reason first, the failure reasons after it, in their
 * order. Texts made up for this test, not from a dataset or from the written sets.
 */
class Bh57OwnReasonTest {

    private static List<Reason> order(String text, double frustration) {
        ConversationState state = new ConversationState(UUID.randomUUID(), "test", 2, false, Set.of(), 1, 0, null, 0);
        TurnContext turn = new TurnContext(state, text, Deadline.of(Duration.ofMinutes(5)));
        turn.redacted(new Redacted(text, List.of(), "en"));
        turn.inputVerdict(new InputVerdict(false, false, false, Optional.empty(), false, frustration));
        return List.of(OwnReason.order(turn, Reason.REPEATED_FAILURE, Reason.OUT_OF_SCOPE));
    }

    @Test
    void aPersonWantedIsNamedFirst() {
        assertEquals(List.of(Reason.HUMAN_REQUESTED, Reason.REPEATED_FAILURE, Reason.OUT_OF_SCOPE),
                order("Could somebody from your staff look into it?", 0.0));
        assertEquals(List.of(Reason.HUMAN_REQUESTED, Reason.REPEATED_FAILURE, Reason.OUT_OF_SCOPE),
                order("Kann sich jemand darum kümmern?", 0.3));
    }

    @Test
    void exasperationIsNamedFirstAndAScoreAloneIsNot() {
        assertEquals(List.of(Reason.NEGATIVE_SENTIMENT, Reason.REPEATED_FAILURE, Reason.OUT_OF_SCOPE),
                order("I keep being told to wait, it is the third time.", 0.1));
        assertEquals(List.of(Reason.REPEATED_FAILURE, Reason.OUT_OF_SCOPE), order("Could he have one linked to mine, then?", 0.3));
    }

    @Test
    void aCalmOrMissedMessageStaysARepeatedFailure() {
        assertEquals(List.of(Reason.REPEATED_FAILURE, Reason.OUT_OF_SCOPE), order("Can I pay it off early instead?", 0.1));
        assertEquals(List.of(Reason.REPEATED_FAILURE, Reason.OUT_OF_SCOPE), order("That doesn't answer my question.", 0.4));
        assertEquals(List.of(Reason.REPEATED_FAILURE, Reason.OUT_OF_SCOPE), order("Can I send money to someone in Spain?", 0.0));
    }
}
