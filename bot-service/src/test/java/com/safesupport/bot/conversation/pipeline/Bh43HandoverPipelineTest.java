package com.safesupport.bot.conversation.pipeline;

import com.safesupport.bot.config.BotConfig;
import com.safesupport.bot.guardrail.InputVerdict;
import com.safesupport.bot.guardrail.Signal;
import com.safesupport.bot.handoff.Reason;
import com.safesupport.bot.isolation.Deadline;
import com.safesupport.bot.knowledge.KnowledgeBase;
import com.safesupport.bot.knowledge.Retrieval;
import com.safesupport.bot.redaction.Redacted;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
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
 * Round 43 (issue 14, branch bh43), step by step: a message saying the last reply missed keeps the unhelpful streak
 * (a correction only after a reply that could not help), hands over when said again from the third message on; a
 * "that doesn't answer" the assistant cannot answer from the third message on is the second failure; a calm follow-on
 * question after a decline starts a new streak; a calm "that doesn't answer" read as frustrated by the classifier
 * alone after a failure is REPEATED_FAILURE. Sentences written for this test.
 */
class Bh43HandoverPipelineTest {

    private static TurnContext turn(int turns, int unhelpful, String text) {
        ConversationState state = new ConversationState(UUID.randomUUID(), "test", turns, false, Set.of(), unhelpful, 0, null, 0);
        TurnContext turn = new TurnContext(state, text, Deadline.of(Duration.ofMinutes(1)));
        turn.redacted(new Redacted(text, List.of(), "en"));
        turn.repeatStreak(0);
        return turn;
    }

    private static Verdict answered(TurnContext turn) {
        return ((Outcome.Stop) OutputCheckStep.answered(turn, "(answer)")).verdict();
    }

    private static Verdict declined(int turns, int unhelpful, String text) {
        RetrievalStep step = new RetrievalStep();
        step.knowledge = new KnowledgeBase() {
            @Override
            public Retrieval search(String question, int topK) {
                return new Retrieval(List.of());
            }
        };
        step.config = ConversationReplay.defaults(BotConfig.class);
        return ((Outcome.Stop) step.run(turn(turns, unhelpful, text))).verdict();
    }

    @Test
    void aCorrectionAfterAFailedReplyKeepsTheStreak() {
        TurnContext second = turn(1, 1, "I'm asking about the closing date specifically.");
        assertFalse(answered(second).handsOff());
        assertEquals(Optional.of(1), second.unhelpfulStreak());
        // After a reply that answered, the same correction is a rephrasing: answered, the streak back to nought.
        TurnContext rephrased = turn(1, 0, "Sorry, I meant the savings account.");
        assertFalse(answered(rephrased).handsOff());
        assertEquals(Optional.of(0), rephrased.unhelpfulStreak());
    }

    @Test
    void aNotAnsweredKeepsTheStreakAndHandsOverWhenSaidAgain() {
        TurnContext second = turn(1, 0, "That doesn't really tell me the cut-off time.");
        assertFalse(answered(second).handsOff());
        assertEquals(Optional.of(1), second.unhelpfulStreak());
        Verdict third = answered(turn(2, 1, "I still can't find the cut-off time anywhere."));
        assertTrue(third.handsOff());
        assertEquals(Reason.REPEATED_FAILURE, third.handoffReasons().getFirst());
        // Never on the second message, even after a decline.
        assertFalse(answered(turn(1, 1, "That doesn't really tell me the cut-off time.")).handsOff());
    }

    @Test
    void aMissedMessageThatCannotBeAnsweredIsTheSecondFailureFromTheThirdMessage() {
        assertTrue(declined(2, 0, "That still doesn't tell me whether the card works abroad.").handsOff());
        // On the second message, a plain question or a calm correction after an answer: the first failure.
        assertFalse(declined(2, 0, "No, I mean the card on his own account.").handsOff());
        assertFalse(declined(1, 0, "That still doesn't tell me whether the card works abroad.").handsOff());
        assertFalse(declined(2, 0, "Does the card work abroad?").handsOff());
    }

    @Test
    void aFollowOnQuestionAfterADeclineStartsANewStreak() {
        for (String text : List.of("And can I change the amount later?", "What about doing it from my phone?", "Und geht das auch in der App?")) {
            assertFalse(declined(1, 1, text).handsOff(), text);
        }
        // Pressed, or not a follow-on: the second failure in a row.
        for (String text : List.of("And can I do it in the app or not?", "So can I do it from my phone?")) {
            Verdict v = declined(1, 1, text);
            assertTrue(v.handsOff(), text);
            assertEquals(Reason.REPEATED_FAILURE, v.handoffReasons().getFirst(), text);
        }
        // Round 64 (bh64): a calm question that is no follow-on is counted, but handed over at the third failure in a row.
        assertFalse(declined(1, 1, "Can I change the amount later?").handsOff());
        Verdict third = declined(2, 2, "Can I change the amount later?");
        assertTrue(third.handsOff());
        assertEquals(Reason.REPEATED_FAILURE, third.handoffReasons().getFirst());
    }

    private static Reason handedOverAs(String text, Optional<String> rule, boolean abuse) {
        NegativeSentimentGuard guard = new NegativeSentimentGuard();
        guard.hits = new GuardrailHits();
        guard.hits.metrics = new SimpleMeterRegistry();
        Signal frustration = new Signal("frustration", true, rule, 0.97);
        InputVerdict verdict = new InputVerdict(false, false, false, Optional.empty(), abuse, 0.97, List.of(frustration), 1.0);
        return ((Outcome.Stop) guard.check(turn(1, 1, text), verdict)).verdict().handoffReasons().getFirst();
    }

    @Test
    void aCalmMissedAfterAFailureIsARepeatedFailure() {
        assertEquals(Reason.REPEATED_FAILURE, handedOverAs("I still can't find what the transfer costs.", Optional.empty(), false));
        assertEquals(Reason.REPEATED_FAILURE, handedOverAs("Das beantwortet leider meine Frage nicht.", Optional.empty(), false));
        // A word rule, abuse, or no "missed": the customer is upset.
        assertEquals(Reason.NEGATIVE_SENTIMENT, handedOverAs("I still can't find it, this is useless.", Optional.of("strong-words"), false));
        assertEquals(Reason.NEGATIVE_SENTIMENT, handedOverAs("That doesn't answer my question.", Optional.empty(), true));
        assertEquals(Reason.NEGATIVE_SENTIMENT, handedOverAs("This is getting silly now.", Optional.empty(), false));
    }
}
