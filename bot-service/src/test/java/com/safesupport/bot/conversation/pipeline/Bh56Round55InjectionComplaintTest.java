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
 * Round 55 (issue 14, branch bh55; re-applied in round 56, bh56): after the opening, a message in a language the knowledge base does not serve that the
 * injection classifier flags is refused, and as the second unhelpful reply in a row hands over (round 48); when that
 * message says outright that the customer is fed up (Portuguese, Dutch, Polish, French), the hand-over names
 * {@code NEGATIVE_SENTIMENT} first. A calm one still names {@code REPEATED_FAILURE}; neither is ever answered. Sentences
 * written for this test, none from a dataset or from the written sets.
 */
class Bh56Round55InjectionComplaintTest {

    private static Verdict injectionAfter(int unhelpful, String text) {
        PromptInjectionGuard guard = new PromptInjectionGuard();
        GuardrailHits hits = new GuardrailHits();
        hits.metrics = new SimpleMeterRegistry();
        guard.hits = hits;
        ConversationState state = new ConversationState(UUID.randomUUID(), "test", 2, false, Set.of(), unhelpful, 0, null, 0);
        TurnContext turn = new TurnContext(state, text, Deadline.of(Duration.ofMinutes(1)));
        turn.redacted(new Redacted(text, List.of(), "en"));
        InputVerdict verdict = new InputVerdict(false, false, true, Optional.empty(), false, 0.0,
                List.of(new Signal("prompt-injection", true, Optional.empty(), 0.7)), 1.0);
        return ((Outcome.Stop) guard.check(turn, verdict)).verdict();
    }

    @Test
    void aComplaintReadAsInjectionAfterADeclineHandsOverAsUpset() {
        for (String text : List.of("Estou mesmo farto disto, a minha transferência ainda não chegou e ninguém me responde.",
                "Zo schiet het echt niet op, ik heb mijn pas al twee keer geblokkeerd.",
                "To już naprawdę przesada, od trzech dni nie mogę się zalogować.",
                "Je commence vraiment à en avoir assez, mon virement n'est toujours pas arrivé.")) {
            Verdict verdict = injectionAfter(1, text);
            assertTrue(verdict.handsOff(), text);
            assertEquals(Reason.NEGATIVE_SENTIMENT, verdict.handoffReasons().getFirst(), text);
        }
    }

    @Test
    void aCalmOneStillNamesTheRepeatedFailureAndTheFirstIsRefused() {
        Verdict calm = injectionAfter(1, "Ik heb het vanochtend nog een keer geprobeerd bij de automaat.");
        assertEquals(Reason.REPEATED_FAILURE, calm.handoffReasons().getFirst());
        assertFalse(injectionAfter(0, "Estou mesmo farto disto, a minha transferência ainda não chegou e ninguém me responde.").handsOff());
    }
}
