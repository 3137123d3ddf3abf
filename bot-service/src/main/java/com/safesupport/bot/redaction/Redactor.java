package com.safesupport.bot.redaction;

import com.safesupport.bot.config.BotConfig;
import com.safesupport.bot.isolation.Deadline;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.TimeoutException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import java.time.Duration;

/**
 * Pseudonymises text through redaction-service before it is stored, retrieved against or shown to a model.
 * Fails closed: any failure is a {@link RedactionUnavailable} or a {@link RedactionRejectedInput}, never the raw text.
 * <p>
 * The breaker is shared by every customer, so it counts failures of the service only (connection refused, a 5xx,
 * a timeout while the service does not answer a trivial probe either). One customer's input that redaction cannot
 * finish in time (twice) is that customer's problem: it passes the breaker as a {@link RedactionRejectedInput}.
 */
@ApplicationScoped
public class Redactor {

    private static final Logger LOG = Logger.getLogger(Redactor.class);

    public static final String PSEUDONYMIZE = "PSEUDONYMIZE";
    /** Every call gets at least this long, even when the turn's deadline is nearly spent. */
    private static final Duration FLOOR = Duration.ofMillis(250);
    private static final RedactRequest PROBE = new RedactRequest("probe", "TAG", null, null);

    @Inject
    @RestClient
    RedactionApi api;

    @Inject
    BotConfig config;

    @Inject
    MeterRegistry metrics;

    /**
     * No retry on failures: they are the breaker's. One retry on a timeout while the service answers a probe: that is
     * either this input being costly or a moment's stall of the service (a pause, a cold start on a loaded machine),
     * and only a second try tells them apart — an innocent message must not be refused for a stall. The retry is safe:
     * redaction-service gives a value the same pseudonym again within its scope (the conversation).
     */
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.6, delay = 5000, skipOn = RedactionRejectedInput.class)
    @Fallback(fallbackMethod = "unavailable", skipOn = RedactionRejectedInput.class)
    public Redacted pseudonymize(String text, String conversationId, String subjectId, Deadline deadline) {
        RedactRequest request = new RedactRequest(text, PSEUDONYMIZE, conversationId, subjectId);
        Redacted redacted;
        try {
            redacted = call(request, deadline);
        } catch (RuntimeException e) {
            // Our bound or the HTTP client's read timeout, whichever came first.
            if (!timedOut(e) || !serviceAnswers()) {
                throw e;
            }
            metrics.counter("bot.redaction.retries").increment();
            try {
                redacted = call(request, deadline);
            } catch (RuntimeException again) {
                if (timedOut(again)) {
                    throw new RedactionRejectedInput(RedactionRejectedInput.Cause.TIMEOUT_WHILE_SERVICE_ANSWERS);
                }
                throw again;
            }
        }
        // An answer far longer than any pseudonymisation of the text (tags replace values) is a broken service, not a
        // redaction: it must not flow into the transcript, the guards or a model.
        if (redacted == null || redacted.text() == null || redacted.text().length() > longestRedaction(text)) {
            throw new RedactionUnavailable();
        }
        return redacted;
    }

    /** Tags such as {@code <CREDIT_CARD_12>} are longer than the values they replace, but not without bound. */
    static int longestRedaction(String text) {
        return (int) Math.min(Integer.MAX_VALUE, 32L * text.length() + 4096);
    }

    private Redacted call(RedactRequest request, Deadline deadline) {
        return api.redact(request).await().atMost(deadline.bound(config.isolation().redactionTimeout(), FLOOR));
    }

    /** Does redaction-service answer a trivial text at once? Then a timed-out call was about its input. */
    private boolean serviceAnswers() {
        try {
            Redacted probe = api.redact(PROBE).await().atMost(config.isolation().redactionTimeout());
            return probe != null && probe.text() != null;
        } catch (RuntimeException e) {
            return false;
        }
    }

    static boolean timedOut(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof TimeoutException || c instanceof java.util.concurrent.TimeoutException
                    || c.getClass().getSimpleName().endsWith("TimeoutException")) {
                return true;
            }
        }
        return false;
    }

    /** The chain of exception classes, never their messages (a message may quote the text). */
    static String causes(Throwable t) {
        StringBuilder out = new StringBuilder(t.getClass().getSimpleName());
        for (Throwable c = t.getCause(); c != null && c != t; t = c, c = c.getCause()) {
            out.append(" < ").append(c.getClass().getSimpleName());
        }
        return out.toString();
    }

    Redacted unavailable(String text, String conversationId, String subjectId, Deadline deadline, Throwable cause) {
        // The class only: a message may quote the text.
        LOG.warnf("redaction-service unavailable (%s); failing closed", causes(cause));
        metrics.counter("bot.downstream.failures", "service", "redaction").increment();
        throw new RedactionUnavailable();
    }
}
