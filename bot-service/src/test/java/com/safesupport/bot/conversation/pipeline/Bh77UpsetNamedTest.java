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
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Round 77 (issue 14, branch bh77): upset that built over the turns is named as the customer being upset
 * ({@code NEGATIVE_SENTIMENT}) where the customer's own words carry it — at the assistant's second unhelpful reply
 * ({@link OwnReason#order}) and when the human-request classifier alone hands the message over
 * ({@link HumanRequestGuard}); a request rule or a person asked for keeps {@code HUMAN_REQUESTED} first, a calm message
 * keeps {@code REPEATED_FAILURE}. Made-up verdicts (scores given, not computed); texts made up for this test.
 */
class Bh77UpsetNamedTest {

    private static TurnContext turn(String text) {
        ConversationState state = new ConversationState(UUID.randomUUID(), "test", 2, false, Set.of(), 1, 0, null, 0);
        TurnContext turn = new TurnContext(state, text, Deadline.of(Duration.ofMinutes(5)));
        turn.redacted(new Redacted(text, List.of(), "en"));
        return turn;
    }

    private static List<Reason> order(String text) {
        TurnContext turn = turn(text);
        turn.inputVerdict(new InputVerdict(false, false, false, Optional.empty(), false, 0.1));
        return List.of(OwnReason.order(turn, Reason.REPEATED_FAILURE, Reason.OUT_OF_SCOPE));
    }

    private static Verdict human(String text, Optional<String> rule) {
        TurnContext turn = turn(text);
        InputVerdict verdict = new InputVerdict(false, true, false, Optional.empty(), false, 0.1,
                List.of(new Signal("human-request", true, rule, 0.6)), 1.0);
        HumanRequestGuard guard = new HumanRequestGuard();
        guard.hits = new GuardrailHits();
        guard.hits.metrics = new SimpleMeterRegistry();
        Outcome outcome = guard.check(turn, verdict);
        return assertInstanceOf(Outcome.Stop.class, outcome).verdict();
    }

    @Test
    void upsetWordsAtTheSecondFailureNameTheCustomerUpset() {
        assertEquals(List.of(Reason.NEGATIVE_SENTIMENT, Reason.REPEATED_FAILURE, Reason.OUT_OF_SCOPE),
                order("My patience is wearing thin, the card still does not work."));
        assertEquals(List.of(Reason.NEGATIVE_SENTIMENT, Reason.REPEATED_FAILURE, Reason.OUT_OF_SCOPE),
                order("Tracę cierpliwość, przelew dalej nie doszedł."));
        assertEquals(List.of(Reason.HUMAN_REQUESTED, Reason.REPEATED_FAILURE, Reason.OUT_OF_SCOPE),
                order("I'm getting annoyed, could somebody from your staff look at it?"));
        assertEquals(List.of(Reason.REPEATED_FAILURE, Reason.OUT_OF_SCOPE), order("Can I pay it off early instead?"));
    }

    @Test
    void theClassifierAloneOnUpsetWordsNamesTheCustomerUpset() {
        Verdict upset = human("Estoy perdiendo la paciencia, ya van cuatro días.", Optional.empty());
        assertEquals(List.of(Reason.NEGATIVE_SENTIMENT, Reason.HUMAN_REQUESTED), upset.handoffReasons());
        // a person asked for, a request rule, or no upset word: HUMAN_REQUESTED as before
        assertEquals(List.of(Reason.HUMAN_REQUESTED),
                human("I'm getting annoyed, can someone call me?", Optional.empty()).handoffReasons());
        assertEquals(List.of(Reason.HUMAN_REQUESTED),
                human("My patience is wearing thin, put me through to an agent.", Optional.of("want-person")).handoffReasons());
        assertEquals(List.of(Reason.HUMAN_REQUESTED), human("Is there a branch near the station?", Optional.empty()).handoffReasons());
        assertTrue(upset.handsOff());
    }
}
