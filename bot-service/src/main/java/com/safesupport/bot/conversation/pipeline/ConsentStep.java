package com.safesupport.bot.conversation.pipeline;

import com.safesupport.bot.consent.ConsentCheck;
import com.safesupport.bot.consent.ConsentGate;
import com.safesupport.bot.handoff.Reason;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * No AI without consent to {@code ai-assistance}: refused, never asked or unconfirmable (fail closed) → no
 * retrieval, no model; the customer is told why and a human takes over.
 */
@ApplicationScoped
public class ConsentStep implements Step {

    @Inject
    ConsentGate consent;

    @Override
    public int order() {
        return 40;
    }

    @Override
    public Outcome run(TurnContext turn) {
        ConsentCheck check = consent.aiAssistance(turn.conversation().subjectId());
        turn.consent(check);
        turn.ran("consent", check.outcome().name());
        if (check.allowed()) {
            return Outcome.CONTINUE;
        }
        Verdict verdict = check.outcome() == ConsentCheck.Outcome.UNAVAILABLE
                ? Verdict.handOff(Reason.NO_CONSENT, Reason.SYSTEM_DEGRADED)
                : Verdict.handOff(Reason.NO_CONSENT);
        return Outcome.stop(verdict.by(Verdict.Author.SYSTEM));
    }
}
