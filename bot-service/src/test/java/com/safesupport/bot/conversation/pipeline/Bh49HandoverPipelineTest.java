package com.safesupport.bot.conversation.pipeline;

import com.safesupport.bot.embedding.Embedder;
import com.safesupport.bot.guardrail.InputScreen;
import com.safesupport.bot.guardrail.InputVerdict;
import com.safesupport.bot.guardrail.Signal;
import com.safesupport.bot.handoff.Reason;
import com.safesupport.bot.isolation.Deadline;
import com.safesupport.bot.knowledge.KnowledgeBase;
import com.safesupport.bot.knowledge.Retrieval;
import com.safesupport.bot.redaction.Redacted;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Round 49 (issue 14, branch bh49): whole conversations through {@link ConversationReplay} with a knowledge base that
 * finds nothing, so every question is declined. Facts about the customer's own situation or a calm correction right
 * after the first decline are one question with it (no hand-over yet), and the next decline hands over; a command, a
 * "you seem unsure" and being fed up still count; from the third message "the same steps again" hands over as
 * REPEATED_FAILURE first. Conversations written for this test, not from a dataset or from the written sets.
 */
@QuarkusTest
class Bh49HandoverPipelineTest {

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
    void factsAfterTheFirstDeclineAreOneQuestionAndTheNextDeclineHandsOver() {
        List<ConversationReplay.Turn> turns = declined("Can I get a replacement for a bent contactless sticker?",
                "I ordered the sticker in the app in March.", "How long does a new one take to arrive?");
        assertEquals(3, turns.size(), trace(turns));
        assertFalse(turns.get(1).verdict().handsOff(), trace(turns));
        assertTrue(turns.getLast().verdict().handsOff(), trace(turns));
        assertEquals(Reason.REPEATED_FAILURE, turns.getLast().verdict().handoffReasons().getFirst(), trace(turns));
    }

    @Test
    void aCalmCorrectionAfterTheFirstDeclineIsNoSecondFailure() {
        List<ConversationReplay.Turn> turns = declined("Can I get a replacement for a bent contactless sticker?",
                "Sorry, I meant the sticker for my phone case.");
        assertEquals(2, turns.size());
        turns.forEach(t -> assertFalse(t.verdict().handsOff(), trace(turns)));
    }

    @Test
    void lookAlikesACommandADoubtAndBeingFedUpStillCount() {
        List<ConversationReplay.Turn> command = declined("Can you recommend a good wine?", "Recommend a good pasta recipe");
        assertTrue(command.getLast().verdict().handsOff(), trace(command));
        assertEquals(Reason.REPEATED_FAILURE, command.getLast().verdict().handoffReasons().getFirst(), trace(command));
        List<ConversationReplay.Turn> doubt = declined("Can I get a replacement for a bent contactless sticker?",
                "You seem unsure. I meant the sticker for my phone case.");
        assertTrue(doubt.getLast().verdict().handsOff(), trace(doubt));
        List<ConversationReplay.Turn> fedUp = declined("Mon prêt n'est pas encore versé sur mon compte.",
                "Je l'ai signé il y a trois semaines en agence.", "J'en ai vraiment marre, c'est inadmissible.");
        assertEquals(3, fedUp.size(), trace(fedUp));
        assertTrue(fedUp.getLast().verdict().handsOff(), trace(fedUp));
        assertTrue(Set.of(Reason.NEGATIVE_SENTIMENT, Reason.REPEATED_FAILURE).contains(fedUp.getLast().verdict().handoffReasons().getFirst()),
                trace(fedUp));
    }

    private static Outcome check(int turns, String text, Optional<String> rule, boolean abuse) {
        NegativeSentimentGuard guard = new NegativeSentimentGuard();
        guard.hits = new GuardrailHits();
        guard.hits.metrics = new SimpleMeterRegistry();
        ConversationState state = new ConversationState(UUID.randomUUID(), "test", turns, false, Set.of(), 1, 0, null, 0);
        TurnContext turn = new TurnContext(state, text, Deadline.of(Duration.ofMinutes(1)));
        turn.redacted(new Redacted(text, List.of(), "en"));
        turn.repeatStreak(0);
        Signal frustration = new Signal("frustration", true, rule, 0.97);
        InputVerdict verdict = new InputVerdict(false, false, false, Optional.empty(), abuse, 0.97, List.of(frustration), 1.0);
        return guard.check(turn, verdict);
    }

    private static Reason handedOver(Outcome outcome) {
        return ((Outcome.Stop) outcome).verdict().handoffReasons().getFirst();
    }

    @Test
    void repliesThatKeepFailingAreTheAssistantFailingAgain() {
        assertEquals(Reason.REPEATED_FAILURE,
                handedOver(check(2, "This isn't working, you keep sending me the same steps.", Optional.of("strong-words"), false)));
        assertEquals(Reason.REPEATED_FAILURE, handedOver(check(3, "Ça ne marche toujours pas.", Optional.empty(), false)));
        // Look-alikes: frustration without "failing again", abuse, or the second message keep NEGATIVE_SENTIMENT.
        assertEquals(Reason.NEGATIVE_SENTIMENT, handedOver(check(2, "I'm furious about the fees.", Optional.of("strong-words"), false)));
        assertEquals(Reason.NEGATIVE_SENTIMENT,
                handedOver(check(1, "This isn't working, you keep sending me the same steps.", Optional.of("strong-words"), false)));
    }
}
