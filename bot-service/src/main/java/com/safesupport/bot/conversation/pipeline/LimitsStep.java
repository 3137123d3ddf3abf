package com.safesupport.bot.conversation.pipeline;

import com.safesupport.bot.config.BotConfig;
import com.safesupport.bot.isolation.CustomerBudgets;
import com.safesupport.platform.problem.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Limits against abuse and runaway cost, before anything else works on the message: its size (413), the
 * conversation's length (409), the conversation's and the customer's per-minute budgets (429 with Retry-After).
 * These refuse the request itself: no turn is recorded. An admission stage: it runs in the transaction of the one
 * statement that read the conversation and counted the message in both budgets ({@link Pipeline#admit}), and
 * checks the counts that statement returned, so a refused message's count rolls back with it.
 */
@ApplicationScoped
public class LimitsStep implements Step {

    @Inject
    BotConfig config;

    @Inject
    CustomerBudgets budgets;

    @Override
    public int order() {
        return 10;
    }

    @Override
    public boolean runsWhileHumanHolds() {
        return true;
    }

    @Override
    public boolean admission() {
        return true;
    }

    @Override
    public Outcome run(TurnContext turn) {
        String text = turn.rawText();
        if (text == null || text.isBlank()) {
            throw DomainException.badRequest("empty-message", "The message has no text");
        }
        int maxChars = config.limits().maxMessageChars();
        if (text.length() > maxChars) {
            throw new DomainException(413, "message-too-long", "Payload Too Large", "A message may have at most " + maxChars + " characters");
        }
        int maxTurns = config.limits().maxTurns();
        if (turn.conversation().turns() >= maxTurns) {
            throw DomainException.conflict("conversation-too-long",
                    "This conversation reached its limit of " + maxTurns + " messages; start a new one or ask for a human");
        }
        TurnContext.Budgets counts = turn.budgets()
                .orElseThrow(() -> new IllegalStateException("the admitting statement counted no budget"));
        budgets.checkMessage(counts.window(), counts.conversation(), counts.customer());
        return Outcome.CONTINUE;
    }
}
