package com.safesupport.bot.conversation.pipeline;

import com.safesupport.bot.config.BotConfig;
import com.safesupport.bot.handoff.Reason;
import com.safesupport.bot.isolation.CustomerBudgets;
import com.safesupport.bot.redaction.RedactionRejectedInput;
import com.safesupport.bot.redaction.RedactionUnavailable;
import com.safesupport.bot.redaction.Redactor;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Personal data out before anything else reads the message (the transcript included). Fails closed: if the text
 * cannot be redacted it goes nowhere. redaction-service down → a human takes over ({@code SYSTEM_DEGRADED}); this
 * one input too costly to redact → the customer is asked to rephrase and the cost is charged to their budget.
 */
@ApplicationScoped
public class RedactionStep implements Step {

    @Inject
    Redactor redactor;

    @Inject
    CustomerBudgets budgets;

    @Inject
    BotConfig config;

    @Inject
    MeterRegistry metrics;

    @Override
    public int order() {
        return 20;
    }

    @Override
    public boolean runsWhileHumanHolds() {
        return true;
    }

    @Override
    public Outcome run(TurnContext turn) {
        ConversationState c = turn.conversation();
        try {
            turn.redacted(redactor.pseudonymize(turn.rawText(), c.id().toString(), c.subjectId(), turn.deadline()));
            turn.ran("redaction", "PASS");
            return Outcome.CONTINUE;
        } catch (RedactionRejectedInput e) {
            turn.ran("redaction", "INPUT_REJECTED");
            metrics.counter("bot.redaction.rejected.inputs", "cause", e.reason().name()).increment();
            budgets.charge(c.subjectId(), config.isolation().slowInputCost());
            return Outcome.stop(Verdict.reply(Verdict.Kind.REFUSED, Replies.INPUT_NOT_PROCESSED, "INPUT_NOT_PROCESSED")
                    .by(Verdict.Author.SYSTEM));
        } catch (RedactionUnavailable e) {
            turn.ran("redaction", "UNAVAILABLE");
            if (c.heldByHuman()) {
                // The agent's side says so: the human-in-control stage replies that the message was withheld.
                return Outcome.CONTINUE;
            }
            return Outcome.stop(Verdict.handOff(Reason.SYSTEM_DEGRADED).by(Verdict.Author.SYSTEM));
        }
    }
}
