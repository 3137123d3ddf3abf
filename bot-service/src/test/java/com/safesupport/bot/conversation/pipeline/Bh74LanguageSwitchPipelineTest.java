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
 * Round 74 (issue 14, branch bh74): whole conversations through {@link ConversationReplay} with a knowledge base that
 * finds nothing, so every question is declined. A customer who switches to another language after an English question
 * was declined and says so ("kann ich auf Deutsch weiterschreiben?") is told in that language, which is no second failure; the request for
 * someone who speaks the language that follows goes over as {@code HUMAN_REQUESTED}. A switch that names no language
 * counts as round 47 left it. Conversations written for this test, not from a dataset or from the written sets.
 */
@QuarkusTest
class Bh74LanguageSwitchPipelineTest {

    @Inject
    Embedder embedder;

    @Inject
    InputScreen screen;

    private List<ConversationReplay.Turn> declined(String... messages) {
        return ConversationReplay.declined(embedder, screen, messages);
    }

    @Test
    void aSwitchThatNamesTheLanguageIsToldAndTheRequestThatFollowsGoesOver() {
        List<ConversationReplay.Turn> turns = declined("Can I get a replacement for a bent contactless sticker?",
                "Entschuldigung, kann ich auf Deutsch weiterschreiben? Der Aufkleber geht im Laden immer noch nicht.",
                "Gibt es bei Ihnen jemanden, der Deutsch spricht?");
        assertEquals(3, turns.size(), trace(turns));
        assertFalse(turns.get(1).verdict().handsOff(), trace(turns));
        assertTrue(turns.get(1).verdict().reasons().contains("LANGUAGE"), trace(turns));
        assertTrue(turns.getLast().verdict().handsOff(), trace(turns));
        assertEquals(Reason.HUMAN_REQUESTED, turns.getLast().verdict().handoffReasons().getFirst(), trace(turns));
    }

    @Test
    void aSwitchThatNamesNoLanguageIsNotToldAgain() {
        List<ConversationReplay.Turn> turns = declined("Can I get a replacement for a bent contactless sticker?",
                "Der Aufkleber funktioniert im Laden immer noch nicht, was soll ich jetzt machen?");
        assertFalse(turns.getLast().verdict().reasons().contains("LANGUAGE"), trace(turns));
    }
}
