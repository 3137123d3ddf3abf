package com.safesupport.bot.answer;

import com.safesupport.bot.config.BotConfig;
import com.safesupport.bot.knowledge.Retrieval;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Drafts the reply in the configured mode: {@code extractive} (default, offline) or {@code llm}. */
@ApplicationScoped
public class Answerer {

    @Inject
    BotConfig config;

    @Inject
    ExtractiveAnswerer extractive;

    @Inject
    LlmAnswerer llm;

    public boolean llmMode() {
        return "llm".equalsIgnoreCase(config.answer().mode());
    }

    public Answer answer(String redactedQuestion, Retrieval retrieval) {
        // The model call's own timeout completes the stage with a fallback, so this wait is bounded by it.
        return llmMode() ? llm.answer(redactedQuestion, retrieval).toCompletableFuture().join() : extractive.answer(retrieval);
    }
}
