package com.safesupport.bot.conversation.pipeline;

import com.safesupport.bot.guardrail.HumanRequestDetector;
import com.safesupport.bot.guardrail.InputVerdict;
import com.safesupport.bot.guardrail.SentimentScorer;
import com.safesupport.bot.handoff.Reason;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** A request for a human, direct or indirect, is never argued with: the conversation goes to a person at once. */
@ApplicationScoped
public class HumanRequestGuard implements InputGuard {

    @Inject
    GuardrailHits hits;

    @Override
    public int order() {
        return 20;
    }

    @Override
    public Outcome check(TurnContext turn, InputVerdict verdict) {
        verdict.signal("human-request").ifPresentOrElse(turn::ran, () -> turn.ran("human-request", verdict.humanRequest() ? "HIT" : "PASS"));
        if (!verdict.humanRequest()) {
            return Outcome.CONTINUE;
        }
        hits.hit("human-request");
        // Round 77 (bh77): the classifier alone (no request rule) hands over a message whose own words carry upset
        // ("my patience is wearing thin", "meine Geduld ist am Ende", SentimentScorer.upsetSaid) and that asks
        // for no one (HumanRequestDetector.wantsAPerson): the same hand-over at the same turn, named as the customer
        // being upset first (the classifier reads upset as a wish for a person). A request rule, or a person asked
        // for, keeps HUMAN_REQUESTED first.
        boolean classifierOnly = verdict.signal("human-request").map(s -> s.rule().isEmpty()).orElse(false);
        if (classifierOnly && SentimentScorer.upsetSaid(turn.question()) && !HumanRequestDetector.wantsAPerson(turn.question())) {
            turn.ran("upset-named", "HIT:NEGATIVE_SENTIMENT");
            return Outcome.stop(Verdict.handOff(Reason.NEGATIVE_SENTIMENT, Reason.HUMAN_REQUESTED));
        }
        return Outcome.stop(Verdict.handOff(Reason.HUMAN_REQUESTED));
    }
}
