package com.safesupport.bot.conversation.pipeline;

import com.safesupport.bot.guardrail.FollowUp;
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
 * pourrait regarder ?", "Can I speak with somebody who speaks Italian?") or being upset below the frustration trend.
 * When such a message completes the second unhelpful reply, the hand-over names the customer's reason first
 * ({@code HUMAN_REQUESTED}, else {@code NEGATIVE_SENTIMENT}); {@code REPEATED_FAILURE} and the others follow in the
 * decision record. The turn and the fact of the hand-over do not change: this only orders reasons of a hand-over that
 * happens anyway, so it cannot hand over a conversation that was not handed over.
 */
final class OwnReason {

    /** The frustration classifier's score from which an upset message at a second failure is named upset first. */
    static final double UPSET = 0.2;

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
     * Upset at the second failure: said in words ({@link SentimentScorer#exasperated}) or read by the classifier at
     * {@link #UPSET} or above — unless the message only says the reply missed ("that doesn't answer my question",
     * {@link FollowUp#missed}, {@link FollowUp#notAnswered}), which is the assistant failing again (round 43).
     */
    private static boolean upset(TurnContext turn) {
        String question = turn.question();
        if (SentimentScorer.exasperated(question)) {
            return true;
        }
        double score = turn.inputVerdict().map(v -> v.frustration()).orElse(0.0);
        return score >= UPSET && !FollowUp.missed(question) && !FollowUp.notAnswered(question);
    }
}
