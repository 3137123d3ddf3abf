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
 * Round 65 (issue 14, branch bh65): whole conversations through {@link ConversationReplay} with a knowledge base that
 * finds nothing. One of the bank's people asked for indirectly at the second message — named with the bank's place
 * ("alguien de la oficina", "iemand van de afdeling", "quelqu'un de l'agence") or, in English, with the customer's
 * account in the message — goes to a person as {@code HUMAN_REQUESTED} at that message; a call from the bank reported in
 * the past is not read as a request. Conversations written for this test, not from a dataset or from the written sets.
 */
@QuarkusTest
class Bh65IndirectRequestPipelineTest {

    @Inject
    Embedder embedder;

    @Inject
    InputScreen screen;

    private List<ConversationReplay.Turn> declined(String... messages) {
        return ConversationReplay.declined(embedder, screen, messages);
    }

    @Test
    void theBanksPersonAskedForIndirectlyHandsOverAtOnce() {
        for (List<String> conversation : List.of(
                List.of("Me han cobrado una comisión por una transferencia que no hice.",
                        "¿Podría revisarlo alguien de la oficina y escribirme después?"),
                List.of("Mijn spaarrekening staat sinds gisteren op slot.",
                        "Kan iemand van de klantenafdeling even naar mijn rekening kijken?"),
                List.of("Ma carte a été refusée deux fois au supermarché.",
                        "Quelqu'un de l'agence pourrait-il m'appeler cet après-midi ?"),
                List.of("A payment to my landlord is shown twice.",
                        "Is there anyone on your side who can check my account and remove the second one?"))) {
            List<ConversationReplay.Turn> turns = declined(conversation.toArray(String[]::new));
            assertEquals(2, turns.size(), trace(turns));
            assertFalse(turns.getFirst().verdict().handsOff(), trace(turns));
            assertTrue(turns.getLast().verdict().handsOff(), trace(turns));
            assertEquals(Reason.HUMAN_REQUESTED, turns.getLast().verdict().handoffReasons().getFirst(), trace(turns));
        }
    }

    @Test
    void aCallFromTheBankReportedIsNotARequest() {
        List<ConversationReplay.Turn> turns = declined("Alguien de la oficina me llamó ayer por lo de mi tarjeta nueva.");
        assertEquals(1, turns.size(), trace(turns));
        assertFalse(turns.getFirst().verdict().handoffReasons().contains(Reason.HUMAN_REQUESTED), trace(turns));
    }
}
