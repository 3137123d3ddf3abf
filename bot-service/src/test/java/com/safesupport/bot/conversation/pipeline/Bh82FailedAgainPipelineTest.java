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
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Round 82 (issue 14, branch bh82), step by step: the customer says in words that the assistant failed twice — at the
 * second message "that did not answer" with the question asked again, from the third a miss said to repeat — and a
 * person takes over ({@code REPEATED_FAILURE}) whether the assistant would answer or decline, whatever the last reply was
 * counted as; a bare rejection, a rejection that adds a fact, a calm correction and "I still can't see ..." said once
 * are answered as before. Sentences written for this test.
 */
class Bh82FailedAgainPipelineTest {

    private static TurnContext turn(int turns, int unhelpful, String text) {
        ConversationState state = new ConversationState(UUID.randomUUID(), "test", turns, false, Set.of(), unhelpful, 0, null, 0);
        TurnContext turn = new TurnContext(state, text, Deadline.of(Duration.ofMinutes(1)));
        turn.redacted(new Redacted(text, List.of(), "en"));
        turn.repeatStreak(0);
        return turn;
    }

    private static Verdict answered(int turns, int unhelpful, String text) {
        return ((Outcome.Stop) OutputCheckStep.answered(turn(turns, unhelpful, text), "(answer)")).verdict();
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
    void aRejectionAskingAgainAtTheSecondMessageGoesToAPerson() {
        // After an answer (the streak at nought), and after the language reply (no streak either), declined now.
        Verdict afterAnswer = answered(1, 0, "That isn't what I asked. Can a paper statement be posted to me, yes or no?");
        assertTrue(afterAnswer.handsOff());
        assertEquals(Reason.REPEATED_FAILURE, afterAnswer.handoffReasons().getFirst());
        Verdict afterLanguageReply = declined(1, 0, "Ce n'est pas ma question, je parle du livret de mon fils.");
        assertTrue(afterLanguageReply.handsOff());
        assertEquals(Reason.REPEATED_FAILURE, afterLanguageReply.handoffReasons().getFirst());
        assertTrue(answered(1, 1, "Das beantwortet meine Frage nicht, es geht um das Tagesgeldkonto.").handsOff());
    }

    @Test
    void aMissSaidToRepeatFromTheThirdMessageGoesToAPerson() {
        // The reply before was an answer after a calm correction (the streak at nought): the customer's words count.
        Verdict answeredAgain = answered(2, 0, "You keep telling me about savings accounts.");
        assertTrue(answeredAgain.handsOff());
        assertEquals(Reason.REPEATED_FAILURE, answeredAgain.handoffReasons().getFirst());
        assertTrue(declined(2, 0, "you keep not answering the question, is there a fee or not").handsOff());
        assertTrue(answered(3, 0, "Hmm, that's not it either.").handsOff());
    }

    @Test
    void lookAlikesAreAnsweredAsBefore() {
        assertFalse(answered(1, 0, "That's not what I asked.").handsOff());
        assertFalse(answered(1, 0, "That doesn't answer it, the app said it was free.").handsOff());
        assertFalse(answered(1, 0, "Sorry, I meant the savings account.").handsOff());
        assertFalse(answered(1, 0, "I tried that already, didn't help.").handsOff());
        assertFalse(answered(2, 0, "I have read it twice and I still can't find the form.").handsOff());
        assertFalse(answered(2, 0, "Could you give me the rate again? I'm writing it down.").handsOff());
        // The second message is never read as "said again": "still not" there is one miss (round 43 keeps the streak).
        assertFalse(answered(1, 0, "Still not sure how the cap works.").handsOff());
    }
}
