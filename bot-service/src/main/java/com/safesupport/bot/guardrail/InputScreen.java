package com.safesupport.bot.guardrail;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The input guardrails, the same in both answer modes. In {@code llm} mode the AI service runs them again
 * through LangChain4j's guardrail API ({@link InjectionInputGuardrail}), so nothing reaches the model unchecked.
 */
@ApplicationScoped
public class InputScreen {

    public InputVerdict screen(String redactedText) {
        return new InputVerdict(
                ExplanationRequestDetector.detect(redactedText),
                HumanRequestDetector.detect(redactedText),
                PromptInjectionDetector.detect(redactedText),
                SensitiveTopicDetector.detect(redactedText),
                AbuseDetector.detect(redactedText),
                SentimentScorer.frustration(redactedText));
    }
}
