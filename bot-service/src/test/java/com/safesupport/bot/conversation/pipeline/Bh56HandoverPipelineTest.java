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
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Round 56 (issue 14, branch bh56): whole conversations through {@link ConversationReplay} with a scripted knowledge base
 * (a message in {@code unanswerable} finds nothing; any other gets the bundled knowledge base's best article at full
 * confidence). A calm correction that was answered, then "you keep telling me ..." is the second miss: to a person as
 * {@code REPEATED_FAILURE} at the third message; "that doesnt answer" keeps an answer counted as unhelpful, so the next
 * decline is the second failure; the customer's own fraud at the opening is a {@code SENSITIVE_TOPIC}; a calm "what was
 * the fee again?" after an answer stays with the assistant. Conversations written for this test.
 */
@QuarkusTest
class Bh56HandoverPipelineTest {

    @Inject
    Embedder embedder;

    @Inject
    InputScreen screen;

    @Inject
    KnowledgeBase knowledge;

    private List<ConversationReplay.Turn> run(Set<String> unanswerable, String... messages) {
        KnowledgeBase scripted = new KnowledgeBase() {
            @Override
            public Retrieval search(String question, int topK) {
                if (unanswerable.contains(question)) {
                    return new Retrieval(List.of());
                }
                Retrieval.Hit best = knowledge.search(question, topK).best();
                return new Retrieval(List.of(new Retrieval.Hit(best.article(), 1.0, best.bestPassage())));
            }
        };
        return new ConversationReplay(embedder, screen, scripted).run(List.of(messages));
    }

    private static String trace(List<ConversationReplay.Turn> turns) {
        return turns.stream().map(t -> t.verdict().kind() + " " + t.verdict().reasons()).toList().toString();
    }

    private static void handedOverAt(int turn, Reason reason, List<ConversationReplay.Turn> turns) {
        assertEquals(turn, turns.size(), trace(turns));
        assertTrue(turns.getLast().verdict().handsOff(), trace(turns));
        assertEquals(reason, turns.getLast().verdict().handoffReasons().getFirst(), trace(turns));
    }

    @Test
    void youKeepTellingMeAfterAnAnsweredCorrectionGoesToAPerson() {
        handedOverAt(3, Reason.REPEATED_FAILURE, run(Set.of(),
                "How do I order a replacement debit card?",
                "No, I meant a card for my business account, not my personal one.",
                "You keep telling me about personal cards. The business one."));
    }

    @Test
    void doesntAnswerThenADeclineIsTheSecondFailure() {
        String third = "Can the overdraft be moved to the business account then?";
        handedOverAt(3, Reason.REPEATED_FAILURE, run(Set.of(third),
                "Can I get an overdraft on my account?",
                "that doesnt answer it, I asked about the business account",
                third));
    }

    @Test
    void theCustomersOwnFraudAtTheOpeningIsSensitive() {
        List<ConversationReplay.Turn> turns = run(Set.of(), "Someone is emptying my savings account right now.");
        assertTrue(turns.getFirst().verdict().handoffReasons().contains(Reason.SENSITIVE_TOPIC), trace(turns));
        List<ConversationReplay.Turn> card = run(Set.of(), "I think someone is using my card, can you freeze it?");
        assertFalse(card.getFirst().verdict().handoffReasons().contains(Reason.SENSITIVE_TOPIC), trace(card));
    }

    @Test
    void lookAlikeACalmRepeatAfterAnAnswerStaysWithTheAssistant() {
        String second = "Sorry, what was the fee for an international transfer again?";
        List<ConversationReplay.Turn> turns = run(Set.of(second),
                "What is the fee for an international transfer?", second);
        assertEquals(2, turns.size(), trace(turns));
        assertFalse(turns.getLast().verdict().handsOff(), trace(turns));
    }
}
