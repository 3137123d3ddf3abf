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
 * Round 52 (issue 14, branch bh52): whole conversations through {@link ConversationReplay} with a knowledge base that
 * finds nothing, so every question is declined. Facts added to a question declined once are no second failure at the
 * third message either, and the next declined question still hands over as {@code REPEATED_FAILURE}; a rephrasing at the
 * third message still counts; the customer's own sensitive situation stated in a later message goes over at that message
 * as {@code SENSITIVE_TOPIC}, a sensitive word in another sense does not. Conversations written for this test, not from
 * a dataset or from the written sets.
 */
@QuarkusTest
class Bh52HandoverPipelineTest {

    @Inject
    Embedder embedder;

    @Inject
    InputScreen screen;

    private List<ConversationReplay.Turn> declined(String... messages) {
        return ConversationReplay.declined(embedder, screen, messages);
    }

    @Test
    void factsInTheThirdMessageAreNoSecondFailure() {
        List<ConversationReplay.Turn> turns = declined("Can I get a replacement for a bent contactless sticker?",
                "Forgot to say, it's the sticker from the spring promotion.", "And I ordered it on 14/09, reference 88123456.",
                "How long does a new one take to arrive?", "Which colours does the new sticker come in?");
        // Round 64 (bh64): a calm new question is handed over at the third unhelpful reply in a row, not the second.
        assertEquals(5, turns.size(), trace(turns));
        assertFalse(turns.get(3).verdict().handsOff(), trace(turns));
        assertTrue(turns.getLast().verdict().handsOff(), trace(turns));
        assertEquals(Reason.REPEATED_FAILURE, turns.getLast().verdict().handoffReasons().getFirst(), trace(turns));
    }

    @Test
    void aSecondDeclinedQuestionAtTheThirdMessageStillHandsOver() {
        List<ConversationReplay.Turn> turns = declined("Can I get a replacement for a bent contactless sticker?",
                "Forgot to say, it's the sticker from the spring promotion.", "Can I get a replacement sticker or not?");
        assertEquals(3, turns.size(), trace(turns));
        assertTrue(turns.getLast().verdict().handsOff(), trace(turns));
        assertEquals(Reason.REPEATED_FAILURE, turns.getLast().verdict().handoffReasons().getFirst(), trace(turns));
    }

    @Test
    void theCustomersOwnSituationGoesOverWhenItIsStated() {
        List<ConversationReplay.Turn> turns = declined("How do I order a new debit card?",
                "The restaurant closed for the winter and my shifts were cut right down.");
        assertEquals(2, turns.size(), trace(turns));
        assertFalse(turns.getFirst().verdict().handsOff(), trace(turns));
        assertTrue(turns.getLast().verdict().handsOff(), trace(turns));
        assertEquals(Reason.SENSITIVE_TOPIC, turns.getLast().verdict().handoffReasons().getFirst(), trace(turns));
        List<ConversationReplay.Turn> polish = declined("Czy mogę przesunąć ratę kredytu?", "Mój ojciec zmarł w zeszłym tygodniu.");
        assertTrue(polish.getLast().verdict().handsOff(), trace(polish));
        assertEquals(Reason.SENSITIVE_TOPIC, polish.getLast().verdict().handoffReasons().getFirst(), trace(polish));
    }

    @Test
    void aSensitiveWordInAnotherSenseDoesNotGoOverAsSensitive() {
        List<ConversationReplay.Turn> turns = declined("Our team is killing it this quarter.");
        assertTrue(turns.stream().noneMatch(t -> t.verdict().handoffReasons().contains(Reason.SENSITIVE_TOPIC)), trace(turns));
        List<ConversationReplay.Turn> battery = declined("The card reader has a dead battery.");
        assertTrue(battery.stream().noneMatch(t -> t.verdict().handoffReasons().contains(Reason.SENSITIVE_TOPIC)), trace(battery));
    }
}
