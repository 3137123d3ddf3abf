package com.safesupport.bot.conversation.pipeline;

import com.safesupport.bot.embedding.Embedder;
import com.safesupport.bot.guardrail.InputScreen;
import com.safesupport.bot.handoff.Reason;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static com.safesupport.bot.conversation.pipeline.ConversationReplay.trace;

/**
 * Round 64 (issue 14, branch bh64): whole conversations through {@link ConversationReplay} with a knowledge base that
 * finds nothing, so every question is declined. A customer who stays calm and asks something new is handed over at the
 * third unhelpful reply in a row, not the second; one who says "not" or "again", or asks for someone, still at the
 * second. Conversations written for this test, not from a dataset or from the written sets.
 */
@QuarkusTest
class Bh64CalmStreakPipelineTest {

    @Inject
    Embedder embedder;

    @Inject
    InputScreen screen;

    private List<ConversationReplay.Turn> declined(String... messages) {
        return ConversationReplay.declined(embedder, screen, messages);
    }

    @Test
    void aCalmNewQuestionAtTheSecondDeclineIsNotYetHandedOver() {
        List<ConversationReplay.Turn> turns = declined("Can I pay a parking fine abroad with a virtual card?",
                "Which documents do I need to order a second virtual card?",
                "How long does the second card take to appear in the app?");
        assertEquals(3, turns.size(), trace(turns));
        assertFalse(turns.get(1).verdict().handsOff(), trace(turns));
        assertTrue(turns.getLast().verdict().handsOff(), trace(turns));
        assertEquals(Reason.REPEATED_FAILURE, turns.getLast().verdict().handoffReasons().getFirst(), trace(turns));
    }

    @Test
    void theSameInGerman() {
        List<ConversationReplay.Turn> turns = declined("Wie lange dauert eine Überweisung nach Island?",
                "Welche Unterlagen brauche ich für ein Konto für meinen Verein?");
        assertEquals(2, turns.size(), trace(turns));
        assertFalse(turns.getLast().verdict().handsOff(), trace(turns));
    }

    @Test
    void notAgainOrSomeoneAtTheSecondDeclineStillHandsOver() {
        for (String second : List.of("That is not what I asked about the parking fine.",
                "Kann sich jemand von Ihnen das bitte ansehen, wegen des Bußgelds?",
                "Otra vez la misma respuesta sobre la multa.")) {
            List<ConversationReplay.Turn> turns = declined("Can I pay a parking fine abroad with a virtual card?", second);
            assertEquals(2, turns.size(), trace(turns));
            assertTrue(turns.getLast().verdict().handsOff(), second + " " + trace(turns));
        }
    }
}
