package com.safesupport.bot.conversation.pipeline;

import com.safesupport.bot.embedding.Embedder;
import com.safesupport.bot.guardrail.InputScreen;
import com.safesupport.bot.handoff.Reason;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static com.safesupport.bot.conversation.pipeline.ConversationReplay.trace;

/**
 * Round 50 (issue 14, branch bh50): whole conversations through {@link ConversationReplay} with a knowledge base that
 * finds nothing, so every question is declined. In the second message, facts about the customer's own situation or a
 * calm correction right after the declined opening are one question with it, and the next decline hands over; in the
 * third message a correction counts as before (round 49's wider window is not re-applied); after one decline a calm
 * "just to confirm" asking again is no second failure, pressing still is. Conversations written for this test, not from
 * a dataset or from the written sets.
 */
@QuarkusTest
class Bh50HandoverPipelineTest {

    @Inject
    Embedder embedder;

    @Inject
    InputScreen screen;

    private List<ConversationReplay.Turn> declined(String... messages) {
        return ConversationReplay.declined(embedder, screen, messages);
    }

    @Test
    void factsInTheSecondMessageAreOneQuestionAndTheNextDeclineHandsOver() {
        List<ConversationReplay.Turn> turns = declined("Can I get a replacement for a bent contactless sticker?",
                "Forgot to say, it's the sticker from the spring promotion.", "How long does a new one take to arrive?",
                "Which colours does the new sticker come in?");
        // Round 64 (bh64): a calm new question is handed over at the third unhelpful reply in a row, not the second.
        assertEquals(4, turns.size(), trace(turns));
        assertFalse(turns.get(2).verdict().handsOff(), trace(turns));
        assertFalse(turns.get(1).verdict().handsOff(), trace(turns));
        assertTrue(turns.getLast().verdict().handsOff(), trace(turns));
        assertEquals(Reason.REPEATED_FAILURE, turns.getLast().verdict().handoffReasons().getFirst(), trace(turns));
    }

    @Test
    void aCalmCorrectionInTheSecondMessageIsNoSecondFailureButInTheThirdItIs() {
        List<ConversationReplay.Turn> second = declined("Can I get a replacement for a bent contactless sticker?",
                "Sorry, I meant the sticker for my phone case.");
        assertEquals(2, second.size());
        second.forEach(t -> assertFalse(t.verdict().handsOff(), trace(second)));
        List<ConversationReplay.Turn> third = declined("Can I get a replacement for a bent contactless sticker?", "Thanks.",
                "Sorry, I meant the sticker for my phone case.");
        assertEquals(3, third.size(), trace(third));
        assertTrue(third.getLast().verdict().handsOff(), trace(third));
        assertEquals(Reason.REPEATED_FAILURE, third.getLast().verdict().handoffReasons().getFirst(), trace(third));
    }

    @Test
    void askingAgainOnlyToConfirmIsNoSecondFailure() {
        List<ConversationReplay.Turn> turns = declined("Can I get a replacement for a bent contactless sticker?", "Thanks.",
                "Just to confirm, is the replacement sticker free?", "How long does a new one take to arrive?",
                "Which colours does the new sticker come in?");
        // Round 64 (bh64): the calm new question at the fourth message is the second failure, the fifth the third.
        assertEquals(5, turns.size(), trace(turns));
        assertFalse(turns.get(3).verdict().handsOff(), trace(turns));
        assertFalse(turns.get(2).verdict().handsOff(), trace(turns));
        assertTrue(turns.getLast().verdict().handsOff(), trace(turns));
        assertEquals(Reason.REPEATED_FAILURE, turns.getLast().verdict().handoffReasons().getFirst(), trace(turns));
    }

    @Test
    void lookAlikesACommandADoubtPressingAndBeingFedUpStillCount() {
        // Round 64 (bh64): a command counts as a failure (no facts), handed over at the third calm one in a row.
        List<ConversationReplay.Turn> command = declined("Can you recommend a good wine?", "Recommend a good pasta recipe",
                "Recommend a good film for tonight");
        assertEquals(3, command.size(), trace(command));
        assertTrue(command.getLast().verdict().handsOff(), trace(command));
        assertEquals(Reason.REPEATED_FAILURE, command.getLast().verdict().handoffReasons().getFirst(), trace(command));
        List<ConversationReplay.Turn> doubt = declined("Can I get a replacement for a bent contactless sticker?",
                "You seem unsure. I meant the sticker for my phone case.");
        assertTrue(doubt.getLast().verdict().handsOff(), trace(doubt));
        List<ConversationReplay.Turn> pressing = declined("Can I get a replacement for a bent contactless sticker?", "Thanks.",
                "Just to confirm, can I get one or not?");
        assertTrue(pressing.getLast().verdict().handsOff(), trace(pressing));
        List<ConversationReplay.Turn> fedUp = declined("Mon prêt n'est pas encore versé sur mon compte.",
                "Je l'ai signé il y a trois semaines en agence.", "J'en ai vraiment marre, c'est inadmissible.");
        assertEquals(3, fedUp.size(), trace(fedUp));
        assertTrue(fedUp.getLast().verdict().handsOff(), trace(fedUp));
        assertTrue(Set.of(Reason.NEGATIVE_SENTIMENT, Reason.REPEATED_FAILURE).contains(fedUp.getLast().verdict().handoffReasons().getFirst()),
                trace(fedUp));
    }
}
