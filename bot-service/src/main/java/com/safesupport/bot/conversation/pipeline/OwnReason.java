package com.safesupport.bot.conversation.pipeline;

import com.safesupport.bot.guardrail.HumanRequestDetector;
import com.safesupport.bot.guardrail.SentimentScorer;
import com.safesupport.bot.handoff.Reason;

import java.util.ArrayList;
import java.util.List;

/**
 * Round 57 (bh57): the order of the reasons when a message hands over as the assistant's second unhelpful reply
 * ({@code REPEATED_FAILURE}: {@link RetrievalStep}, {@link OutputCheckStep}, {@link PromptInjectionGuard}). The
 * guards before those steps read each message alone, at their own thresholds; a message they let pass may still carry
 * the customer's own words — a request for a person below the human-request threshold ("Est-ce que quelqu'un chez vous
 * pourrait regarder ?", "Can I speak with somebody who speaks Italian?") or words of exasperation below the frustration
 * trend.
 * When such a message completes the second unhelpful reply, the hand-over names the customer's reason first
 * ({@code HUMAN_REQUESTED}, else {@code NEGATIVE_SENTIMENT}); {@code REPEATED_FAILURE} and the others follow in the
 * decision record. The turn and the fact of the hand-over do not change: this only orders reasons of a hand-over that
 * happens anyway, so it cannot hand over a conversation that was not handed over.
 */
final class OwnReason {

    private OwnReason() {
    }

    /** The hand-over reasons for a second unhelpful reply: the customer's own reason, if the message carries one, first. */
    static Reason[] order(TurnContext turn, Reason... failure) {
        List<Reason> all = new ArrayList<>();
        String question = turn.question();
        if (HumanRequestDetector.wantsAPerson(question)) {
            all.add(Reason.HUMAN_REQUESTED);
            turn.ran("own-reason", "HIT:HUMAN_REQUESTED");
        } else if (upset(turn)) {
            all.add(Reason.NEGATIVE_SENTIMENT);
            turn.ran("own-reason", "HIT:NEGATIVE_SENTIMENT");
        }
        for (Reason reason : failure) {
            if (!all.contains(reason)) {
                all.add(reason);
            }
        }
        return all.toArray(Reason[]::new);
    }

    /**
     * Upset at the second failure, said in words ({@link SentimentScorer#upsetInWords}). The classifier's score alone is
     * not read here: a first version named a calm "Could he have one linked to mine, then?" upset (round 43's test).
     */
    private static boolean upset(TurnContext turn) {
        // Round 80 (bh80): also the milder upset building over the turns (SentimentScorer.upsetInWords: patience running
        // out, growing tired, disappointed, nobody helping, asking for the third time) in the eight languages.
        return SentimentScorer.upsetInWords(turn.question());
    }
}
