package com.safesupport.bot.conversation.pipeline;

import com.safesupport.bot.guardrail.PromptLeak;
import com.safesupport.bot.prompt.SystemPrompt;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;

/** A reply that quotes the system prompt never leaves. */
@ApplicationScoped
public class PromptLeakCheck implements OutputCheck {

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Optional<String> blocked(TurnContext turn, String reply) {
        boolean leaks = PromptLeak.leaks(reply, SystemPrompt.TEMPLATE);
        turn.ran("system-prompt-leak", leaks ? "HIT" : "PASS");
        return leaks ? Optional.of("system-prompt-leak") : Optional.empty();
    }
}
