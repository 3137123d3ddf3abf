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
 * Round 61 (issue 14, branch bh61; round 60's candidate, bh60, reapplied): whole conversations through {@link ConversationReplay} with a knowledge base that
 * finds nothing, so every question is declined. A calm message that only adds facts to the customer's own open question
 * after a reply that started no streak (the language reply) is no unhelpful reply: the next declined question is the
 * first failure, not the second. Two declined questions, or facts with a complaint, still hand over as before; and being
 * fed up right after the declined facts message still hands over (the last reply's kind, not the streak, round 60).
 * Conversations written for this test, not from a dataset or from the written sets.
 */
@QuarkusTest
class Bh61FactsStreakPipelineTest {

    @Inject
    Embedder embedder;

    @Inject
    InputScreen screen;

    private List<ConversationReplay.Turn> declined(String... messages) {
        return ConversationReplay.declined(embedder, screen, messages);
    }

    private static String trace(List<ConversationReplay.Turn> turns) {
        return turns.stream().map(t -> t.verdict().kind() + " " + t.verdict().reasons()).toList().toString();
    }

    @Test
    void factsAfterTheLanguageReplyStartNoStreak() {
        List<ConversationReplay.Turn> turns = declined("Ich möchte gerne ein Gemeinschaftskonto mit meiner Frau eröffnen.",
                "Wir wohnen seit 2018 in Hamburg und ich bekomme mein Gehalt auf dieses Konto.",
                "Welche Unterlagen brauchen wir dafür?");
        assertEquals(3, turns.size(), trace(turns));
        assertTrue(turns.getFirst().verdict().reasons().contains("LANGUAGE"), trace(turns));
        assertFalse(turns.stream().anyMatch(t -> t.verdict().handsOff()), trace(turns));
    }

    @Test
    void factsInSpanishAfterTheLanguageReplyStartNoStreak() {
        List<ConversationReplay.Turn> turns = declined("Quiero cambiar la fecha de cobro de mi tarjeta de crédito.",
                "Cobro mi sueldo el día 25 y pagué la última cuota ayer.",
                "¿Puedo hacerlo desde la aplicación?");
        assertEquals(3, turns.size(), trace(turns));
        assertFalse(turns.stream().anyMatch(t -> t.verdict().handsOff()), trace(turns));
    }

    @Test
    void twoDeclinedQuestionsAfterTheLanguageReplyStillHandOver() {
        List<ConversationReplay.Turn> turns = declined("Ich möchte gerne ein Gemeinschaftskonto mit meiner Frau eröffnen.",
                "Kann ich das online beantragen?",
                "Welche Unterlagen brauchen wir dafür?");
        assertEquals(3, turns.size(), trace(turns));
        assertTrue(turns.getLast().verdict().handsOff(), trace(turns));
        assertEquals(Reason.REPEATED_FAILURE, turns.getLast().verdict().handoffReasons().getFirst(), trace(turns));
    }

    @Test
    void havingTriedAgainAndAgainStillCounts() {
        List<ConversationReplay.Turn> turns = declined("Ich möchte gerne ein Gemeinschaftskonto mit meiner Frau eröffnen.",
                "Ich habe schon dreimal in der Filiale angerufen.",
                "Welche Unterlagen brauchen wir dafür?");
        assertEquals(3, turns.size(), trace(turns));
        assertTrue(turns.getLast().verdict().handsOff(), trace(turns));
    }

    @Test
    void fedUpRightAfterDeclinedFactsStillHandsOver() {
        List<ConversationReplay.Turn> turns = declined("Ich möchte gerne ein Gemeinschaftskonto mit meiner Frau eröffnen.",
                "Wir wohnen seit 2018 in Hamburg und ich bekomme mein Gehalt auf dieses Konto.",
                "Ich habe echt die Nase voll, das ist eine Frechheit.");
        assertEquals(3, turns.size(), trace(turns));
        assertTrue(turns.getLast().verdict().handsOff(), trace(turns));
        assertEquals(Reason.NEGATIVE_SENTIMENT, turns.getLast().verdict().handoffReasons().getFirst(), trace(turns));
    }

    @Test
    void factsWithAComplaintStillCount() {
        List<ConversationReplay.Turn> turns = declined("Ich möchte gerne ein Gemeinschaftskonto mit meiner Frau eröffnen.",
                "Ich habe das schon gestern versucht, aber es klappt nicht.",
                "Welche Unterlagen brauchen wir dafür?");
        assertEquals(3, turns.size(), trace(turns));
        assertTrue(turns.getLast().verdict().handsOff(), trace(turns));
    }
}
