package com.safesupport.bot.guardrail;

import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.guardrail.InputGuardrail;
import dev.langchain4j.guardrail.InputGuardrailResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The input guardrails as LangChain4j sees them, on the AI service itself: whatever path a message takes to the
 * model, an injection, a request for a human or a sensitive topic never reaches it.
 */
@ApplicationScoped
public class InjectionInputGuardrail implements InputGuardrail {

    @Inject
    InputScreen screen;

    @Override
    public InputGuardrailResult validate(UserMessage userMessage) {
        String text = userMessage.singleText();
        InputVerdict verdict = screen.screen(text);
        if (verdict.injection()) {
            return fatal("prompt-injection");
        }
        if (verdict.humanRequest()) {
            return fatal("human-request");
        }
        if (verdict.sensitiveTopic().isPresent()) {
            return fatal("sensitive-topic");
        }
        return success();
    }
}
