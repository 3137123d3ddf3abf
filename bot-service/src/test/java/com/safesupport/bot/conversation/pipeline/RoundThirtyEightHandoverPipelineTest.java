package com.safesupport.bot.conversation.pipeline;

import com.safesupport.bot.config.BotConfig;
import com.safesupport.bot.handoff.Reason;
import com.safesupport.bot.isolation.Deadline;
import com.safesupport.bot.knowledge.Article;
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
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Round 38 (issue 14): a calm customer who says the last reply did not answer. The reply they complain about counts as
 * unhelpful even when it was an answer; said again after a reply that did not help, the conversation goes to a person
 * as {@code REPEATED_FAILURE}, whatever retrieval finds. Calm follow-ups that were answered are not touched.
 * Sentences written for this test.
 */
class RoundThirtyEightHandoverPipelineTest {

    private static RetrievalStep step(double confidence) {
        RetrievalStep step = new RetrievalStep();
        Article article = new Article("a", "An article", "intent", List.of("q"), List.of("p"));
        step.knowledge = new KnowledgeBase() {
            @Override
            public Retrieval search(String question, int topK) {
                return confidence == 0 ? new Retrieval(List.of()) : new Retrieval(List.of(new Retrieval.Hit(article, confidence, "p")));
            }
        };
        step.config = ConversationReplay.defaults(BotConfig.class);
        return step;
    }

    private static TurnContext turn(int turns, int unhelpful, String text) {
        ConversationState state = new ConversationState(UUID.randomUUID(), "test", turns, false, Set.of(), unhelpful, 0, null, 0);
        TurnContext turn = new TurnContext(state, text, Deadline.of(Duration.ofMinutes(1)));
        turn.redacted(new Redacted(text, List.of(), "en"));
        return turn;
    }

    @Test
    void notAnsweredAfterAnUnhelpfulReplyHandsOverEvenWhenRetrievalWouldAnswer() {
        Outcome o = step(0.99).run(turn(2, 1, "I still can't see where that form is, sorry."));
        assertEquals(Reason.REPEATED_FAILURE, ((Outcome.Stop) o).verdict().handoffReasons().getFirst());
    }

    @Test
    void notAnsweredAfterAnAnswerIsOneFailureNotTwo() {
        // answered: retrieval goes on, and the answer keeps the streak at one
        TurnContext answered = turn(1, 0, "That isn't what I asked about, I meant the business account.");
        assertSame(Outcome.CONTINUE, step(0.99).run(answered));
        assertTrue(answered.previousReplyNotAnswered());
        // declined: the answer complained about and this decline are two unhelpful replies in a row
        Outcome declined = step(0).run(turn(1, 0, "That isn't what I asked about, I meant the business account."));
        assertEquals(Reason.REPEATED_FAILURE, ((Outcome.Stop) declined).verdict().handoffReasons().getFirst());
    }

    @Test
    void calmFollowUpsAreNotComplaints() {
        TurnContext followUp = turn(1, 0, "Thanks, and is there a fee for that too?");
        assertSame(Outcome.CONTINUE, step(0.99).run(followUp));
        assertFalse(followUp.previousReplyNotAnswered());
        // a first message is never a complaint about a reply
        TurnContext first = turn(0, 0, "I'm still not sure which account suits me, can you compare them?");
        step(0.99).run(first);
        assertFalse(first.previousReplyNotAnswered());
        // a new question declined after an answer: one failure, not two
        assertFalse(((Outcome.Stop) step(0).run(turn(1, 0, "What's the weather in Leeds?"))).verdict().handsOff());
    }
}
