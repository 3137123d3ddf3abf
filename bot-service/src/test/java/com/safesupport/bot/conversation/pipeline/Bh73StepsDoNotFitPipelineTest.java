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
 * Round 73 (issue 14, branch bh73): whole conversations through {@link ConversationReplay} with a knowledge base that
 * finds nothing. A customer who says, after a decline, that the button or option is not there (FollowUp.notAnswered,
 * round 73's steps that do not fit) is not a calm new question: the second unhelpful reply hands over
 * ({@code REPEATED_FAILURE}); a customer who adds a fact of their own case (the payment is not there yet) is not.
 * Conversations written for this test, not from a dataset or from the written sets.
 */
@QuarkusTest
class Bh73StepsDoNotFitPipelineTest {

    @Inject
    Embedder embedder;

    @Inject
    InputScreen screen;

    @Test
    void theButtonIsNotThereAtTheSecondDeclineHandsOver() {
        for (String second : List.of("I don't have that option, my settings screen only shows the pot's name.",
                "Il n'y a pas de bouton pour ça dans l'appli.")) {
            List<ConversationReplay.Turn> turns = ConversationReplay.declined(embedder, screen,
                    "How do I close my second savings pot in the app?", second);
            assertEquals(2, turns.size(), trace(turns));
            assertTrue(turns.getLast().verdict().handsOff(), second + " " + trace(turns));
            assertEquals(Reason.REPEATED_FAILURE, turns.getLast().verdict().handoffReasons().getFirst(), second + " " + trace(turns));
        }
    }

    @Test
    void aFactOfTheOwnCaseAtTheSecondDeclineDoesNot() {
        List<ConversationReplay.Turn> turns = ConversationReplay.declined(embedder, screen,
                "How long does a refund from an online shop take to reach my card?",
                "The refund is not there yet, the shop sent it on Monday.");
        assertEquals(2, turns.size(), trace(turns));
        assertFalse(turns.getLast().verdict().handsOff(), trace(turns));
    }
}
