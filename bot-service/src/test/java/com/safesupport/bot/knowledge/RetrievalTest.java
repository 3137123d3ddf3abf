package com.safesupport.bot.knowledge;

import com.safesupport.bot.config.BotConfig;
import com.safesupport.bot.embedding.Embedder;
import com.safesupport.bot.guardrail.InputScreen;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Retrieval over the bundled knowledge base as the service runs it (Lucene BM25 + MiniLM, blended). */
@QuarkusTest
class RetrievalTest {

    @Inject
    KnowledgeBase knowledge;

    @Inject
    InputScreen screen;

    @Inject
    Embedder embedder;

    @Inject
    BotConfig config;

    @Test
    void aParaphraseFindsTheRightArticleConfidently() {
        Retrieval r = knowledge.search("my new card still hasn't turned up in the mail", 3);
        assertEquals("card-arrival", r.best().article().id());
        assertTrue(r.confidence() >= config.answer().answerThreshold(), "confidence " + r.confidence());
        Retrieval pin = knowledge.search("how can I set a different code for my card", 3);
        assertEquals("change-pin", pin.best().article().id());
    }

    @Test
    void theIntentPriorRanksButTheConfidenceStaysTheBlendedScore() {
        Retrieval r = knowledge.search("I still have not received the card you sent me", 5);
        assertEquals("card-arrival", r.best().article().id());
        for (Retrieval.Hit h : r.hits()) {
            double blended = Math.max(0, Math.min(1, KnowledgeBase.DENSE_WEIGHT * h.semantic() + (1 - KnowledgeBase.DENSE_WEIGHT) * h.lexical()));
            assertEquals(blended, h.score(), 1e-9, h.article().id());
        }
    }

    @Test
    void nonsenseAndOffTopicQuestionsAreNotAnswered() {
        for (String text : new String[]{"zxqv blorf wibble quonk", "What is a good recipe for banana bread?", "Who won the football last night?"}) {
            Retrieval r = knowledge.search(text, 3);
            boolean declined = r.confidence() < config.answer().answerThreshold() || screen.screen(text).outOfScope();
            assertTrue(declined, text + ": confidence " + r.confidence());
        }
    }

    @Test
    void theMessageIsEmbeddedOnceForGuardrailsAndRetrieval() {
        String text = "I was charged twice for the same coffee";
        float[] first = embedder.embed(text);
        screen.screen(text);
        knowledge.search(text, 3);
        assertSame(first, embedder.embed(text), "the vector is reused, not computed again");
        assertEquals(knowledge.search(text, 3).best().article().id(), knowledge.search(text, first, 3).best().article().id());
    }

    @Test
    void veryLongAndOddUnicodeMessagesAreSearched() {
        String longMessage = "my card payment was declined at the shop and I do not know why ".repeat(30);
        assertEquals(3, knowledge.search(longMessage, 3).hits().size());
        String odd = "\u202Ecard declined\u202C \u0000 \uD83D\uDCB3 ＣＡＲＤ " + "\uFFFF".repeat(200) + "a\u0308".repeat(500);
        Retrieval r = knowledge.search(odd, 3);
        assertTrue(r.confidence() >= 0 && r.confidence() <= 1);
    }
}
