package com.safesupport.bot.guardrail;

import com.safesupport.bot.prompt.SystemPrompt;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.guardrail.OutputGuardrail;
import dev.langchain4j.guardrail.OutputGuardrailResult;
import jakarta.enterprise.context.ApplicationScoped;

/** A reply that quotes the system prompt never leaves: fatal, the caller falls back. */
@ApplicationScoped
public class PromptLeakOutputGuardrail implements OutputGuardrail {

    @Override
    public OutputGuardrailResult validate(AiMessage message) {
        if (message.text() != null && PromptLeak.leaks(message.text(), SystemPrompt.TEMPLATE)) {
            return fatal("system-prompt-leak");
        }
        return success();
    }
}
