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

/**
 * Round 57 (issue 14, branch bh57): the reason order of a second-failure hand-over ({@link OwnReason}), whole
 * conversations through {@link ConversationReplay} with a knowledge base that finds nothing, so every question is
 * declined. A message that completes the second unhelpful reply and asks for a person goes over as
 * {@code HUMAN_REQUESTED} first, {@code REPEATED_FAILURE} after it; a plain second decline stays
 * {@code REPEATED_FAILURE} first; the turn of the hand-over does not move and a look-alike is not handed over.
 * Conversations written for this test, not from a dataset or from the written sets.
 */
@QuarkusTest
class Bh57ReasonOrderPipelineTest {

    @Inject
    Embedder embedder;

    @Inject
    InputScreen screen;

    private List<ConversationReplay.Turn> declined(String... messages) {
        return ConversationReplay.declined(embedder, screen, messages);
    }

    private static String trace(List<ConversationReplay.Turn> turns) {
        return turns.stream().map(t -> t.verdict().kind() + " " + t.verdict().handoffReasons() + " " + t.verdict().reasons()).toList().toString();
    }

    @Test
    void aPersonAskedForAtTheSecondFailureIsNamedFirst() {
        List<ConversationReplay.Turn> turns = declined("Why is the cashback on my grocery shop missing this month?",
                "The shop is on the partner list in the leaflet I got.",
                "Is there anyone in your team who could check the cashback for me?");
        assertTrue(turns.getLast().verdict().handsOff(), trace(turns));
        List<Reason> reasons = turns.getLast().verdict().handoffReasons();
        assertEquals(Reason.HUMAN_REQUESTED, reasons.getFirst(), trace(turns));
        assertTrue(reasons.contains(Reason.REPEATED_FAILURE), trace(turns));
    }

    @Test
    void aPlainThirdDeclineStaysARepeatedFailure() {
        // Round 64 (bh64): a calm new question is handed over at the third unhelpful reply in a row, not the second.
        List<ConversationReplay.Turn> turns = declined("Why is the cashback on my grocery shop missing this month?",
                "Can I get cashback on fuel at motorway stations?", "Is there cashback on train tickets bought in the app?");
        assertEquals(3, turns.size(), trace(turns));
        assertTrue(turns.getLast().verdict().handsOff(), trace(turns));
        assertEquals(Reason.REPEATED_FAILURE, turns.getLast().verdict().handoffReasons().getFirst(), trace(turns));
    }

    @Test
    void theOrderNeverHandsOverByItself() {
        List<ConversationReplay.Turn> turns = declined("Can I send money to someone in Canada from the app?");
        assertFalse(turns.getLast().verdict().handsOff(), trace(turns));
    }
}
