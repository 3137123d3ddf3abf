package com.safesupport.bot.conversation.pipeline;

import com.safesupport.bot.embedding.Embedder;
import com.safesupport.bot.guardrail.InputScreen;
import com.safesupport.bot.handoff.Reason;
import com.safesupport.bot.knowledge.KnowledgeBase;
import com.safesupport.bot.knowledge.Retrieval;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Round 55 (issue 14, branch bh55): whole conversations through {@link ConversationReplay} with a knowledge base that
 * finds nothing, so every question is declined. Being fed up right after a decline, said in words the exasperation rule
 * now reads ("im fed up", "c'est pénible"), hands over as {@code NEGATIVE_SENTIMENT}; an abusive partner named at the
 * opening hands over as {@code SENSITIVE_TOPIC}; a calm question still does not hand over at the opening. Conversations
 * written for this test, not from a dataset or from the written sets.
 */
@QuarkusTest
class Bh55HandoverPipelineTest {

    @Inject
    Embedder embedder;

    @Inject
    InputScreen screen;

    private List<ConversationReplay.Turn> declined(String... messages) {
        KnowledgeBase nothing = new KnowledgeBase() {
            @Override
            public Retrieval search(String question, int topK) {
                return new Retrieval(List.of());
            }
        };
        return new ConversationReplay(embedder, screen, nothing).run(List.of(messages));
    }

    private static String trace(List<ConversationReplay.Turn> turns) {
        return turns.stream().map(t -> t.verdict().kind() + " " + t.verdict().reasons()).toList().toString();
    }

    @Test
    void fedUpAfterADeclineHandsOverAsUpset() {
        List<ConversationReplay.Turn> turns = declined("Can I move my overdraft limit to a different day of the month?",
                "im fed up now");
        assertEquals(2, turns.size(), trace(turns));
        assertTrue(turns.getLast().verdict().handsOff(), trace(turns));
        assertEquals(Reason.NEGATIVE_SENTIMENT, turns.getLast().verdict().handoffReasons().getFirst(), trace(turns));
    }

    @Test
    void frenchExasperationAfterADeclineHandsOverAsUpset() {
        List<ConversationReplay.Turn> turns = declined("Can I move my overdraft limit to a different day of the month?",
                "Franchement, c'est pénible.");
        assertTrue(turns.getLast().verdict().handsOff(), trace(turns));
        assertEquals(Reason.NEGATIVE_SENTIMENT, turns.getLast().verdict().handoffReasons().getFirst(), trace(turns));
    }

    @Test
    void anAbusivePartnerAtTheOpeningIsASensitiveTopic() {
        List<ConversationReplay.Turn> turns = declined("I left my abusive partner and need an account he cannot see.");
        assertTrue(turns.getFirst().verdict().handoffReasons().contains(Reason.SENSITIVE_TOPIC), trace(turns));
        List<ConversationReplay.Turn> calm = declined("Can my partner and I open a joint account online?");
        assertFalse(calm.getFirst().verdict().handsOff(), trace(calm));
    }
}
