package com.safesupport.bot.conversation.pipeline;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/** While a human holds the conversation the AI never answers: the (redacted) message is kept for the agent. */
@ApplicationScoped
public class HumanInControlStep implements Step {

    @Override
    public int order() {
        return 30;
    }

    @Override
    public boolean runsWhileHumanHolds() {
        return true;
    }

    @Override
    public Outcome run(TurnContext turn) {
        if (!turn.conversation().heldByHuman()) {
            return Outcome.CONTINUE;
        }
        turn.ran("human-in-control", "HIT");
        String text = turn.redacted().isPresent() ? Replies.HUMAN_HOLDS : Replies.HUMAN_HOLDS_WITHHELD;
        return Outcome.stop(new Verdict(Verdict.Author.SYSTEM, Verdict.Kind.ESCALATED, text, List.of("HUMAN_IN_CONTROL"), List.of()));
    }
}
