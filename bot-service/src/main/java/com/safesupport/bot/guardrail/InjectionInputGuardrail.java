package com.safesupport.bot.guardrail;

import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.guardrail.InputGuardrail;
import dev.langchain4j.guardrail.InputGuardrailResult;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The input guardrails as LangChain4j sees them, on the AI service itself: whatever path a message takes to the
 * model, an injection, a request for a human or a sensitive topic never reaches it.
 */
@ApplicationScoped
public class InjectionInputGuardrail implements InputGuardrail {

    @Override
    public InputGuardrailResult validate(UserMessage userMessage) {
        String text = userMessage.singleText();
        if (PromptInjectionDetector.detect(text)) {
            return fatal("prompt-injection");
        }
        if (HumanRequestDetector.detect(text)) {
            return fatal("human-request");
        }
        if (SensitiveTopicDetector.detect(text).isPresent()) {
            return fatal("sensitive-topic");
        }
        return success();
    }
}
