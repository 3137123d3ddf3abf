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
 * Round 69 (issue 14, branch bh69): whole conversations through {@link ConversationReplay} with a knowledge base that
 * finds nothing. Words in another sense ("human error", the agent's account, a fee per person) are no request for a
 * person and idioms ("I nearly died laughing", "the death of me") no sensitive situation; a real request and a real
 * bereavement told at the second message still hand over there. Conversations written for this test, not from a dataset
 * or from the written sets.
 */
@QuarkusTest
class Bh69LookAlikePipelineTest {

    @Inject
    Embedder embedder;

    @Inject
    InputScreen screen;

    private List<ConversationReplay.Turn> declined(String... messages) {
        return ConversationReplay.declined(embedder, screen, messages);
    }

    @Test
    void otherSensesAndIdiomsAreNotHandedOverForThem() {
        for (List<String> conversation : List.of(
                List.of("A payment to the letting agency went out twice.", "Was that a human error on your side?"),
                List.of("Our estate agent needs the deposit today.", "Will it reach the agent's account the same day?"),
                List.of("Gibt es beim Gemeinschaftskonto eine Gebühr pro Person?"),
                List.of("I nearly died laughing at the new app icon.", "Anyway, how do I change my PIN?"),
                List.of("This card will be the death of me.", "It was declined again at the bakery."))) {
            List<ConversationReplay.Turn> turns = declined(conversation.toArray(String[]::new));
            for (ConversationReplay.Turn turn : turns) {
                assertFalse(turn.verdict().handoffReasons().contains(Reason.HUMAN_REQUESTED), trace(turns));
                assertFalse(turn.verdict().handoffReasons().contains(Reason.SENSITIVE_TOPIC), trace(turns));
            }
        }
    }

    @Test
    void aRealRequestAndARealBereavementStillHandOver() {
        List<ConversationReplay.Turn> request = declined("The agent's account has not received the deposit.",
                "I want to speak to a real person about this now.");
        assertEquals(2, request.size(), trace(request));
        assertTrue(request.getLast().verdict().handsOff(), trace(request));
        assertEquals(Reason.HUMAN_REQUESTED, request.getLast().verdict().handoffReasons().getFirst(), trace(request));
        List<ConversationReplay.Turn> loss = declined("I need to update the address on our joint account.",
                "My husband died last week and the account was in both our names.");
        assertEquals(2, loss.size(), trace(loss));
        assertTrue(loss.getLast().verdict().handsOff(), trace(loss));
        assertEquals(Reason.SENSITIVE_TOPIC, loss.getLast().verdict().handoffReasons().getFirst(), trace(loss));
    }
}
