package com.safesupport.bot.answer;

import com.safesupport.bot.config.BotConfig;
import com.safesupport.bot.guardrail.Grounding;
import com.safesupport.bot.knowledge.Retrieval;
import dev.langchain4j.guardrail.GuardrailException;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.faulttolerance.Asynchronous;
import org.eclipse.microprofile.faulttolerance.Bulkhead;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Timeout;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.stream.Collectors;

/**
 * The model call, bounded: timeout, breaker and bulkhead. An answer not grounded in the retrieved articles is
 * re-prompted once; whatever still goes wrong — model down, still ungrounded, a guardrail that failed — falls back
 * to the extractive answer, which is always available.
 *
 * <p>The call runs {@code @Asynchronous}: a synchronous {@code @Timeout} could not end a call whose answer drips in
 * (the turn waited as long as the body took), whereas here the timeout completes the stage with the fallback at once.
 * This timeout interrupts nothing; {@link SupportAssistant}'s own synchronous {@code @Timeout} frees the abandoned
 * call's thread (docs/bot.md, "Faults of the model endpoint"); the bulkhead caps how many calls can run.
 */
@ApplicationScoped
public class LlmAnswerer {

    public static final List<String> GUARDRAILS = List.of("llm-input-guardrails", "grounding", "system-prompt-leak");

    @Inject
    SupportAssistant assistant;

    @Inject
    ExtractiveAnswerer extractive;

    @Inject
    BotConfig config;

    @Inject
    MeterRegistry metrics;

    @Asynchronous
    @Timeout(value = 20_000)
    @CircuitBreaker(requestVolumeThreshold = 6, failureRatio = 0.5, delay = 30_000, skipOn = Ungrounded.class)
    @Bulkhead(value = 8)
    @Fallback(fallbackMethod = "extractiveFallback")
    public CompletionStage<Answer> answer(String redactedQuestion, Retrieval retrieval) {
        String articles = retrieval.hits().stream()
                .map(h -> "[" + h.article().id() + "] " + h.article().title() + "\n" + h.article().body())
                .collect(Collectors.joining("\n\n"));
        String first = assistant.answer(articles, redactedQuestion);
        if (grounded(first, articles)) {
            return CompletableFuture.completedFuture(new Answer(first, "llm", GUARDRAILS, null));
        }
        metrics.counter("bot.answer.reprompts").increment();
        String second = assistant.reanswer(articles, redactedQuestion, first);
        if (grounded(second, articles)) {
            List<String> ran = new ArrayList<>(GUARDRAILS);
            ran.add("grounding-reprompt");
            return CompletableFuture.completedFuture(new Answer(second, "llm", ran, null));
        }
        throw new Ungrounded();
    }

    private boolean grounded(String answer, String articles) {
        return answer != null && Grounding.support(answer, articles) >= config.answer().groundingThreshold();
    }

    CompletionStage<Answer> extractiveFallback(String redactedQuestion, Retrieval retrieval, Throwable cause) {
        String why = cause instanceof Ungrounded ? "llm-ungrounded"
                : cause instanceof GuardrailException ? "llm-guardrail-failed" : "llm-unavailable";
        metrics.counter("bot.answer.fallbacks", "reason", why).increment();
        Answer fallback = extractive.answer(retrieval);
        return CompletableFuture.completedFuture(new Answer(fallback.text(), "extractive", GUARDRAILS, why));
    }

    /** The model answered twice, neither time from the articles: not a failure of the model service. */
    static final class Ungrounded extends RuntimeException {
        Ungrounded() {
            super("LLM answer not grounded after one re-prompt", null, false, false);
        }
    }
}
