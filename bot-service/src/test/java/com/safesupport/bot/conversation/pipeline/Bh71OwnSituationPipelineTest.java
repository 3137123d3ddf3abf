package com.safesupport.bot.conversation.pipeline;

import com.safesupport.bot.embedding.Embedder;
import com.safesupport.bot.guardrail.InputScreen;
import com.safesupport.bot.handoff.Reason;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.safesupport.bot.conversation.pipeline.ConversationReplay.trace;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Round 71 (issue 14, branch bh71): whole conversations through {@link ConversationReplay} with a knowledge base that
 * finds nothing. A customer who opens with an ordinary question and tells their own situation (a coma in the family, a
 * legal route, savings lost to gambling) in the second message is handed over there as {@code SENSITIVE_TOPIC}; a
 * neighbour's situation is not. Conversations written for this test, not from a dataset or from the written sets.
 */
@QuarkusTest
class Bh71OwnSituationPipelineTest {

    @Inject
    Embedder embedder;

    @Inject
    InputScreen screen;

    @Test
    void theOwnSituationInTheSecondMessageHandsOverThere() {
        for (List<String> conversation : List.of(
                List.of("Hello, can I see my husband's standing orders?", "Er liegt seit Montag im künstlichen Koma und alle Rechnungen laufen über sein Konto."),
                List.of("Buongiorno, il mio conto è bloccato da una settimana.", "Se non lo sbloccate entro lunedì procedo per vie legali."),
                List.of("Can I block payments to betting sites?", "I lost all my savings on online casinos this year and keep going back."))) {
            List<ConversationReplay.Turn> turns = ConversationReplay.declined(embedder, screen, conversation.toArray(String[]::new));
            assertEquals(2, turns.size(), trace(turns));
            assertTrue(turns.getLast().verdict().handsOff(), trace(turns));
            assertEquals(Reason.SENSITIVE_TOPIC, turns.getLast().verdict().handoffReasons().getFirst(), trace(turns));
        }
    }

    @Test
    void aNeighboursSituationIsNotTheCustomers() {
        List<ConversationReplay.Turn> turns = ConversationReplay.declined(embedder, screen,
                "My neighbour is in an induced coma since Friday, can I pay her rent from my account?");
        for (ConversationReplay.Turn turn : turns) {
            assertFalse(turn.verdict().handoffReasons().contains(Reason.SENSITIVE_TOPIC), trace(turns));
        }
    }
}
