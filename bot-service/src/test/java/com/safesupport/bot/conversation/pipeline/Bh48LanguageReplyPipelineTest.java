package com.safesupport.bot.conversation.pipeline;

import com.safesupport.bot.config.BotConfig;
import com.safesupport.bot.handoff.Reason;
import com.safesupport.bot.isolation.Deadline;
import com.safesupport.bot.knowledge.KnowledgeBase;
import com.safesupport.bot.knowledge.Retrieval;
import com.safesupport.bot.redaction.Redacted;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Round 48 (issue 14, branch bh48; round 47's 228749d re-applied, first written by round 46 as bc617b3), in {@link RetrievalStep}: an opening message in a language the knowledge base does
 * not serve, that would be declined as out of scope, is told so in its language (write in English, or ask for a
 * colleague who speaks it); that reply starts no unhelpful streak, and the decision record names the guard
 * {@code language} with the language code and the reason {@code LANGUAGE}, no message text. An English opening is
 * declined as before; after the opening, a decline counts as before, also in the same language: a customer who cannot
 * write English reaches a person after two more unhelpful replies. Sentences written for this test.
 */
class Bh48LanguageReplyPipelineTest {

    private static TurnContext turn(int turns, int unhelpful, String text) {
        ConversationState state = new ConversationState(UUID.randomUUID(), "test", turns, false, Set.of(), unhelpful, 0, null, 0);
        TurnContext turn = new TurnContext(state, text, Deadline.of(Duration.ofMinutes(1)));
        turn.redacted(new Redacted(text, List.of(), "en"));
        turn.repeatStreak(0);
        return turn;
    }

    private static Verdict declined(TurnContext turn) {
        RetrievalStep step = new RetrievalStep();
        step.knowledge = new KnowledgeBase() {
            @Override
            public Retrieval search(String question, int topK) {
                return new Retrieval(List.of());
            }
        };
        step.config = ConversationReplay.defaults(BotConfig.class);
        return ((Outcome.Stop) step.run(turn)).verdict();
    }

    @Test
    void anOpeningInAnotherLanguageIsAnsweredInItAndIsNoFailure() {
        Map<String, String> openings = Map.of(
                "Hallo, ich habe eine Frage zu meinem Sparkonto und den Zinsen.", "de",
                "Goedemiddag, ik wil graag weten hoe ik mijn pas kan blokkeren.", "nl",
                "Bonjour, comment est-ce que je peux changer le plafond de ma carte ?", "fr",
                "Hola, ¿cómo puedo cambiar el límite de mi tarjeta?", "es",
                "Buongiorno, come posso cambiare il limite della mia carta?", "it",
                "Olá, como posso mudar o limite do meu cartão?", "pt",
                "Dzień dobry, jak mogę zmienić limit na mojej karcie?", "pl");
        openings.forEach((text, code) -> {
            TurnContext turn = turn(0, 0, text);
            Verdict v = declined(turn);
            assertFalse(v.handsOff(), text);
            assertEquals(Verdict.Kind.REFUSED, v.kind(), text);
            assertEquals(List.of("LANGUAGE", "OUT_OF_SCOPE"), v.reasons(), text);
            assertEquals(Replies.otherLanguage(code), v.text(), text);
            assertEquals(Optional.of(0), turn.unhelpfulStreak(), text);
            assertTrue(turn.guardrails().stream().anyMatch(g -> g.recorded().startsWith("language") && g.recorded().contains("HIT:" + code)),
                    text + " " + turn.guardrails());
            assertFalse(turn.guardrails().stream().anyMatch(g -> g.recorded().contains(text)), "no message text in the record");
        });
    }

    @Test
    void everyLanguageHasItsOwnReplyAndTheEnglishOffer() {
        List<String> codes = List.of("de", "nl", "fr", "es", "it", "pt", "pl");
        assertEquals(codes.size(), codes.stream().map(Replies::otherLanguage).distinct().count());
        for (String code : codes) {
            String reply = Replies.otherLanguage(code);
            assertTrue(reply.contains("ask for a colleague who speaks your language"), reply);
            assertTrue(reply.length() > 120, reply);
        }
        assertTrue(Replies.explain("REFUSED", List.of("LANGUAGE", "OUT_OF_SCOPE"), 0.1, null).contains("language"));
    }

    @Test
    void anEnglishOpeningAndLaterDeclinesCountAsBefore() {
        TurnContext english = turn(0, 0, "Can you recommend a good pasta recipe?");
        Verdict v = declined(english);
        assertEquals(List.of("OUT_OF_SCOPE"), v.reasons());
        assertEquals(Optional.of(1), english.unhelpfulStreak());
        // After the opening, a decline in another language is a failure again: the customer has been told once.
        Verdict second = declined(turn(1, 1, "Kunt u mij vertellen waarom mijn pas niet werkt in het buitenland?"));
        assertTrue(second.handsOff());
        assertEquals(Reason.REPEATED_FAILURE, second.handoffReasons().getFirst());
        // A short opening that names no language ("ok", an IBAN) is declined in English and counted.
        TurnContext iban = turn(0, 0, "NL91ABNA0417164300");
        assertEquals(List.of("OUT_OF_SCOPE"), declined(iban).reasons());
    }

    @Test
    void aCustomerWhoKeepsWritingInTheirLanguageReachesAPersonAfterTwoMoreDeclines() {
        // Told once (the opening, streak 0); the second message in the same language is declined in English and is the
        // first failure; the third is the second failure and hands over.
        TurnContext second = turn(1, 0, "Ik begrijp het niet, waarom werkt mijn pas niet in het buitenland?");
        Verdict v = declined(second);
        assertFalse(v.handsOff());
        assertEquals(List.of("OUT_OF_SCOPE"), v.reasons());
        assertEquals(Replies.OUT_OF_SCOPE, v.text());
        assertEquals(Optional.of(1), second.unhelpfulStreak());
        Verdict third = declined(turn(2, 1, "Mijn pas werkt nog steeds niet in Spanje, wat moet ik nu doen?"));
        assertTrue(third.handsOff());
        assertEquals(Reason.REPEATED_FAILURE, third.handoffReasons().getFirst());
    }
}
