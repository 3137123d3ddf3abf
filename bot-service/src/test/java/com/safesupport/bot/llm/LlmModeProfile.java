package com.safesupport.bot.llm;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;

/** The application in {@code llm} answer mode, its OpenAI-compatible endpoint stubbed by WireMock. */
public class LlmModeProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("bot.answer.mode", "llm", "quarkus.langchain4j.openai.max-retries", "0");
    }
}
