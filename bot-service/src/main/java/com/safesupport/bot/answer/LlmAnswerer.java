package com.safesupport.bot.answer;

import com.safesupport.bot.knowledge.Retrieval;
import dev.langchain4j.guardrail.GuardrailException;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.faulttolerance.Bulkhead;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Timeout;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The model call, bounded: timeout, breaker and bulkhead; whatever goes wrong — model down, a guardrail that
 * failed even after the re-prompt — falls back to the extractive answer, which is always available.
 */
@ApplicationScoped
public class LlmAnswerer {

    public static final List<String> GUARDRAILS = List.of("llm-input-guardrails", "grounding", "system-prompt-leak");

    @Inject
    SupportAssistant assistant;

    @Inject
    ExtractiveAnswerer extractive;

    @Inject
    MeterRegistry metrics;

    @Timeout(value = 20_000)
    @CircuitBreaker(requestVolumeThreshold = 6, failureRatio = 0.5, delay = 30_000)
    @Bulkhead(value = 8)
    @Fallback(fallbackMethod = "extractiveFallback")
    public Answer answer(String redactedQuestion, Retrieval retrieval) {
        String articles = retrieval.hits().stream()
                .map(h -> "[" + h.article().id() + "] " + h.article().title() + "\n" + h.article().body())
                .collect(Collectors.joining("\n\n"));
        return new Answer(assistant.answer(articles, redactedQuestion), "llm", GUARDRAILS, null);
    }

    Answer extractiveFallback(String redactedQuestion, Retrieval retrieval, Throwable cause) {
        String why = cause instanceof GuardrailException ? "llm-guardrail-failed" : "llm-unavailable";
        metrics.counter("bot.answer.fallbacks", "reason", why).increment();
        Answer fallback = extractive.answer(retrieval);
        return new Answer(fallback.text(), "extractive", GUARDRAILS, why);
    }
}
