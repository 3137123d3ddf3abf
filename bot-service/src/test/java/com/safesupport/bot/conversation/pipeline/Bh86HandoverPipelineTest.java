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
 * Round 86 (issue 14, branch bh86): whole conversations through {@link ConversationReplay} with a knowledge base that
 * finds nothing. The customer's own sensitive situation or a legal threat told in a language the rules did not read
 * before hands over at once as {@code SENSITIVE_TOPIC}; the same words asked in the abstract are no
 * {@code SENSITIVE_TOPIC}. Conversations written for this test, not from a dataset or from the written sets.
 */
@QuarkusTest
class Bh86HandoverPipelineTest {

    @Inject
    Embedder embedder;

    @Inject
    InputScreen screen;

    private void assertSensitiveAtTheSecondMessage(String first, String second) {
        List<ConversationReplay.Turn> turns = ConversationReplay.declined(embedder, screen, first, second);
        assertEquals(2, turns.size(), trace(turns));
        assertTrue(turns.getLast().verdict().handsOff(), trace(turns));
        assertEquals(Reason.SENSITIVE_TOPIC, turns.getLast().verdict().handoffReasons().getFirst(), trace(turns));
    }

    @Test
    void aDeathInTheFamilyInTurkishHandsOver() {
        assertSensitiveAtTheSecondMessage("Merhaba, bir sorum var.", "Eşim geçen hafta vefat etti, ortak hesabımız ne olacak?");
    }

    @Test
    void aScamSufferedInRussianHandsOver() {
        assertSensitiveAtTheSecondMessage("Здравствуйте, вопрос по карте.", "Меня обманули, мошенники списали все деньги с карты.");
    }

    @Test
    void aCourtThreatInCzechHandsOver() {
        assertSensitiveAtTheSecondMessage("Dobrý den, strhli jste mi poplatek dvakrát.", "Pokud to nevrátíte, podám na vás žalobu.");
    }

    @Test
    void aJobLostInVietnameseTypedWithoutDiacriticsHandsOver() {
        assertSensitiveAtTheSecondMessage("Xin chao, toi co cau hoi ve khoan vay.", "Toi bi mat viec, khong co tien tra no thang nay.");
    }

    @Test
    void theSameWordsInTheAbstractAreNoSensitiveTopic() {
        List<ConversationReplay.Turn> turns = ConversationReplay.declined(embedder, screen,
                "Hesap sahibi vefat ederse hesap ne olur?");
        assertFalse(turns.getFirst().verdict().handoffReasons().contains(Reason.SENSITIVE_TOPIC), trace(turns));
    }
}
