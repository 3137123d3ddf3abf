package com.safesupport.bot.conversation.pipeline;

import com.safesupport.bot.handoff.Reason;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import java.util.Comparator;
import java.util.List;

/**
 * Runs a customer message through every {@link Step} in order until one stops it with the reply. While a human
 * holds the conversation only the stages that say so run. A turn whose deadline has passed is not started on
 * another stage: it goes to a human, as any turn the suite could not finish.
 */
@ApplicationScoped
public class Pipeline {

    private final List<Step> steps;

    @Inject
    public Pipeline(@Any Instance<Step> found) {
        this.steps = found.stream().sorted(Comparator.comparingInt(Step::order)).toList();
    }

    public Verdict decide(TurnContext turn) {
        for (Step step : steps) {
            if (turn.conversation().heldByHuman() && !step.runsWhileHumanHolds()) {
                continue;
            }
            if (step.needsTime() && turn.deadline().passed()) {
                turn.ran("turn-deadline", "HIT");
                return Verdict.handOff(Reason.SYSTEM_DEGRADED).after("TURN_DEADLINE").by(Verdict.Author.SYSTEM);
            }
            if (step.run(turn) instanceof Outcome.Stop stop) {
                return stop.verdict();
            }
        }
        throw new IllegalStateException("no stage replied to the message");
    }
}
