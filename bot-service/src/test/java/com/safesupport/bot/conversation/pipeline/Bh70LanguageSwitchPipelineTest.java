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
 * Round 70 (issue 14, branch bh70): whole conversations through {@link ConversationReplay} with a knowledge base that
 * finds nothing. A customer who starts in English and then asks, in another language, for someone who speaks it or for
 * a person, with money named beside, is handed over there as {@code HUMAN_REQUESTED}; money sent to another person is no
 * request. Conversations written for this test, not from a dataset or from the written sets.
 */
@QuarkusTest
class Bh70LanguageSwitchPipelineTest {

    @Inject
    Embedder embedder;

    @Inject
    InputScreen screen;

    @Test
    void aRequestAfterASwitchOfLanguageHandsOverThere() {
        for (List<String> conversation : List.of(
                List.of("Hello, a transfer I made on Monday has not arrived.", "Entschuldigung, gibt es jemanden, der Deutsch spricht? Es geht um das Geld."),
                List.of("Hi, my card payment was declined at the pharmacy.", "Perdón, prefiero una persona, no la máquina. Es por el pago."))) {
            List<ConversationReplay.Turn> turns = ConversationReplay.declined(embedder, screen, conversation.toArray(String[]::new));
            assertEquals(2, turns.size(), trace(turns));
            assertTrue(turns.getLast().verdict().handsOff(), trace(turns));
            assertEquals(Reason.HUMAN_REQUESTED, turns.getLast().verdict().handoffReasons().getFirst(), trace(turns));
        }
    }

    @Test
    void moneyToAnotherPersonIsNoRequest() {
        List<ConversationReplay.Turn> turns = ConversationReplay.declined(embedder, screen, "Kann ich Geld an eine andere Person in Polen überweisen?");
        for (ConversationReplay.Turn turn : turns) {
            assertFalse(turn.verdict().handoffReasons().contains(Reason.HUMAN_REQUESTED), trace(turns));
        }
    }
}
