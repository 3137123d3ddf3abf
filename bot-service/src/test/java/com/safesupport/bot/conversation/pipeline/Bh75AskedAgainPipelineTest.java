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

import static com.safesupport.bot.conversation.pipeline.ConversationReplay.trace;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Round 75 (issue 14, branch bh75): whole conversations through {@link ConversationReplay}. With a knowledge base that
 * answers every message from its nearest bundled article at full confidence (a topic it does not cover, answered from
 * the wrong article), a customer who asks the question again in other words and says "not" or "again", pressing
 * the first time, is handed over at the second ({@code REPEATED_FAILURE}); one calm rephrasing and calm further
 * questions on the same topic are answered.
 * Conversations written for this test, not from a dataset or from the written sets.
 */
@QuarkusTest
class Bh75AskedAgainPipelineTest {

    @Inject
    Embedder embedder;

    @Inject
    InputScreen screen;

    @Inject
    KnowledgeBase knowledge;

    private List<ConversationReplay.Turn> answered(String... messages) {
        KnowledgeBase nearest = new KnowledgeBase() {
            @Override
            public Retrieval search(String question, int topK) {
                Retrieval.Hit best = knowledge.search(question, topK).best();
                return new Retrieval(List.of(new Retrieval.Hit(best.article(), 1.0, best.bestPassage())));
            }
        };
        return new ConversationReplay(embedder, screen, nearest).run(List.of(messages));
    }

    @Test
    void askedAgainTwiceAfterAnswersGoesToAPerson() {
        List<ConversationReplay.Turn> turns = answered(
                "Can I pause the repayments on my boat loan over the winter months?",
                "That is not about the boat loan. Can its repayments pause over the winter or not?",
                "Again not the boat loan. Can the repayments be paused from November to March?");
        assertEquals(3, turns.size(), trace(turns));
        assertTrue(turns.getLast().verdict().handsOff(), trace(turns));
        assertEquals(Reason.REPEATED_FAILURE, turns.getLast().verdict().handoffReasons().getFirst(), trace(turns));
    }

    @Test
    void oneCalmRephrasingAfterAnAnswerAndThanksAreAnswered() {
        List<ConversationReplay.Turn> turns = answered(
                "How do I change the PIN of my debit card?",
                "Sorry, once more: where exactly do I change the card PIN?",
                "Alright, thank you.");
        assertEquals(3, turns.size(), trace(turns));
        turns.forEach(t -> assertFalse(t.verdict().handsOff(), trace(turns)));
    }

    @Test
    void lookAlikeCalmReturnsToTheTopicAndThanksAreAnswered() {
        List<ConversationReplay.Turn> turns = answered(
                "How do I set up a standing order for my rent?",
                "Can I pick the day of the month the rent standing order goes out?",
                "Can I change the amount of the rent standing order later on?",
                "Thanks, that's all I needed.");
        assertEquals(4, turns.size(), trace(turns));
        turns.forEach(t -> assertFalse(t.verdict().handsOff(), trace(turns)));
    }
}
