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
 * Round 85 (issue 14, branch bh85): whole conversations in languages beyond the eight, through {@link
 * ConversationReplay} with a knowledge base that finds nothing (every question declined). Being fed up said at a turn
 * hands over at that turn as {@code NEGATIVE_SENTIMENT}; a person asked for hands over at once as {@code
 * HUMAN_REQUESTED}; a calm customer who thanks and agrees to wait is not handed over for it. Conversations written for
 * this test, not from a dataset or from the written sets.
 */
@QuarkusTest
class Bh85MoreLanguagesPipelineTest {

    @Inject
    Embedder embedder;

    @Inject
    InputScreen screen;

    private List<ConversationReplay.Turn> declined(String... messages) {
        return ConversationReplay.declined(embedder, screen, messages);
    }

    @Test
    void beingFedUpAtTheSecondTurnHandsOverThereAsUpset() {
        for (String[] conversation : List.of(
                new String[]{"Hvordan ændrer jeg min adresse i netbanken?", "Jeg er ved at miste tålmodigheden med det her."},
                new String[]{"Miten vaihdan kortin PIN-koodin sovelluksessa?", "Olen jo kyllästynyt tähän, mikään ei toimi."},
                new String[]{"Jak si zvýším limit karty v aplikaci?", "Mám toho už dost, pořád to nejde."},
                new String[]{"Hogyan tudom letiltani a kártyámat az appban?", "Elegem van, már harmadszor kérdezem."})) {
            List<ConversationReplay.Turn> turns = declined(conversation);
            assertEquals(2, turns.size(), trace(turns));
            assertTrue(turns.getLast().verdict().handsOff(), conversation[1] + " " + trace(turns));
            assertEquals(Reason.NEGATIVE_SENTIMENT, turns.getLast().verdict().handoffReasons().getFirst(), conversation[1] + " " + trace(turns));
        }
    }

    @Test
    void aPersonAskedForHandsOverAtOnce() {
        for (String message : List.of("Kan jeg tale med en rigtig medarbejder?", "Θέλω να μιλήσω με έναν άνθρωπο.",
                "Vull parlar amb una persona de veritat.", "Chcem hovorit s operatorom.")) {
            List<ConversationReplay.Turn> turns = declined(message);
            assertEquals(1, turns.size(), trace(turns));
            assertTrue(turns.getFirst().verdict().handsOff(), trace(turns));
            assertEquals(Reason.HUMAN_REQUESTED, turns.getFirst().verdict().handoffReasons().getFirst(), trace(turns));
        }
    }

    @Test
    void aCalmCustomerWhoThanksAndWaitsIsNotHandedOverForIt() {
        List<ConversationReplay.Turn> turns = declined("Jak dlouho trvá převod do zahraničí?", "Dobře, počkám do pondělí. Děkuji.");
        assertEquals(2, turns.size(), trace(turns));
        assertFalse(turns.getLast().verdict().handsOff(), trace(turns));
    }
}
