package com.safesupport.bot.redaction;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

/**
 * Pseudonymises text through redaction-service before it is stored, retrieved against or shown to a model.
 * Fails closed: any failure is a {@link RedactionUnavailable}, never the raw text.
 */
@ApplicationScoped
public class Redactor {

    private static final Logger LOG = Logger.getLogger(Redactor.class);

    public static final String PSEUDONYMIZE = "PSEUDONYMIZE";

    @Inject
    @RestClient
    RedactionApi api;

    @Inject
    MeterRegistry metrics;

    // No retry: pseudonymisation writes to the vault, and a second attempt would not be idempotent by contract.
    @Timeout(value = 2000)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.6, delay = 5000)
    @Fallback(fallbackMethod = "unavailable")
    public Redacted pseudonymize(String text, String conversationId, String subjectId) {
        Redacted redacted = api.redact(new RedactRequest(text, PSEUDONYMIZE, conversationId, subjectId));
        if (redacted == null || redacted.text() == null) {
            throw new RedactionUnavailable();
        }
        return redacted;
    }

    Redacted unavailable(String text, String conversationId, String subjectId, Throwable cause) {
        // The class only: a message may quote the text.
        LOG.warnf("redaction-service unavailable (%s); failing closed", cause.getClass().getSimpleName());
        metrics.counter("bot.downstream.failures", "service", "redaction").increment();
        throw new RedactionUnavailable();
    }
}
