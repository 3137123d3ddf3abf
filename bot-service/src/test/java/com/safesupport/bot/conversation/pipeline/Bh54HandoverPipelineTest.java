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
 * Round 54 (issue 14, branch bh54): whole conversations through {@link ConversationReplay} with a knowledge base that
 * finds nothing, so every question is declined. Anger at someone else right after the first decline is no second failure;
 * the next declined question still hands over as {@code REPEATED_FAILURE}, and a pressing question at the second message
 * still does at once. A lawyer merely mentioned is
 * no {@code SENSITIVE_TOPIC}. Conversations written for this test, not from a dataset or from the written sets.
 */
@QuarkusTest
class Bh54HandoverPipelineTest {

    @Inject
    Embedder embedder;

    @Inject
    InputScreen screen;

    private List<ConversationReplay.Turn> declined(String... messages) {
        return ConversationReplay.declined(embedder, screen, messages);
    }

    @Test
    void angerAtACourierIsNoSecondFailure() {
        List<ConversationReplay.Turn> turns = declined("How do I dispute a card payment to a delivery firm?",
                "The courier threw the parcel over the fence and the lamp inside is smashed.",
                "Can I get the money back for the lamp by a chargeback?", "How long does a chargeback take?");
        // Round 64 (bh64): a calm new question is handed over at the third unhelpful reply in a row, not the second.
        assertEquals(4, turns.size(), trace(turns));
        assertFalse(turns.get(1).verdict().handsOff(), trace(turns));
        assertFalse(turns.get(2).verdict().handsOff(), trace(turns));
        assertTrue(turns.getLast().verdict().handsOff(), trace(turns));
        assertEquals(Reason.REPEATED_FAILURE, turns.getLast().verdict().handoffReasons().getFirst(), trace(turns));
    }

    @Test
    void aPressingQuestionAtTheSecondMessageStillHandsOver() {
        List<ConversationReplay.Turn> turns = declined("Can I get a replacement for a bent contactless sticker?",
                "I asked already, can I get one or not?");
        assertEquals(2, turns.size(), trace(turns));
        assertTrue(turns.getLast().verdict().handsOff(), trace(turns));
    }

    @Test
    void aLawyerMerelyMentionedIsNoSensitiveTopic() {
        List<ConversationReplay.Turn> turns = declined("My lawyer needs a bank statement for the house purchase.");
        assertFalse(turns.getFirst().verdict().handoffReasons().contains(Reason.SENSITIVE_TOPIC), trace(turns));
    }
}
