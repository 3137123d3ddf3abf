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

    private final List<Step> admission;
    private final List<Step> steps;

    @Inject
    public Pipeline(@Any Instance<Step> found) {
        List<Step> all = found.stream().sorted(Comparator.comparingInt(Step::order)).toList();
        this.admission = all.stream().filter(Step::admission).toList();
        this.steps = all.stream().filter(s -> !s.admission()).toList();
    }

    /**
     * The stages that admit the request (limits, budgets): the caller runs them in the transaction that read the
     * conversation, before {@link #decide}. A refusal is thrown (and rolls that transaction back).
     */
    public void admit(TurnContext turn) {
        for (Step step : admission) {
            if (step.run(turn) instanceof Outcome.Stop) {
                throw new IllegalStateException(step.getClass().getSimpleName() + " refuses by throwing, not with a reply");
            }
        }
    }

    /** The reply to an admitted message: every other stage in order, until one stops the message. */
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
