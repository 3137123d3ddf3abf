package com.safesupport.bot.conversation.pipeline;

import com.safesupport.bot.guardrail.InputVerdict;
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
        return Outcome.stop(Verdict.handOff(Reason.HUMAN_REQUESTED));
    }
}
