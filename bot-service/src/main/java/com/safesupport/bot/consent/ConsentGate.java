package com.safesupport.bot.consent;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import org.jboss.resteasy.reactive.RestResponse;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import com.safesupport.bot.config.BotConfig;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code ai-assistance} decision of a customer, cached as long as consent-service's {@code max-age} allows
 * (5 s), revalidated with the ETag. Anything but a clear "allowed" keeps the AI away from the message.
 */
@ApplicationScoped
public class ConsentGate {

    public static final String AI_ASSISTANCE = "ai-assistance";
    private static final Pattern MAX_AGE = Pattern.compile("max-age=(\\d+)");

    private record Cached(ConsentDecision decision, String etag, Instant freshUntil) {
    }

    private static final Logger LOG = Logger.getLogger(ConsentGate.class);

    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    @Inject
    @RestClient
    ConsentApi api;

    @Inject
    Clock clock;

    @Inject
    BotConfig config;

    @Inject
    MeterRegistry metrics;

    @Timeout(value = 2000)
    @Retry(maxRetries = 1, delay = 50)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.6, delay = 5000)
    @Fallback(fallbackMethod = "unconfirmed")
    public ConsentCheck aiAssistance(String subjectId) {
        Instant now = clock.instant();
        Cached cached = cache.get(subjectId);
        if (cached != null && now.isBefore(cached.freshUntil())) {
            return toCheck(cached.decision(), now);
        }
        Fetched response = fetch(subjectId, cached);
        ConsentDecision decision;
        if (response.status() == 304 && cached != null) {
            decision = cached.decision();
        } else if (response.status() == 200) {
            decision = response.decision();
            // A body of another shape (or none) is no decision: fail closed as for any other unreadable answer.
            if (decision == null || decision.state() == null) {
                throw new ConsentUnavailable(200);
            }
        } else if (response.status() == 404) {
            // No record at all: consent was never asked. Not a failure of consent-service.
            cache.remove(subjectId);
            return new ConsentCheck(ConsentCheck.Outcome.NOT_ALLOWED, "NOT_ASKED");
        } else {
            throw new ConsentUnavailable(response.status());
        }
        cache.put(subjectId, new Cached(decision, response.etag(), now.plus(maxAge(response.cacheControl()))));
        return toCheck(decision, now);
    }

    /** What consent-service answered: the status, the decision (200 only) and the two caching headers. */
    private record Fetched(int status, ConsentDecision decision, String etag, String cacheControl) {
    }

    private Fetched fetch(String subjectId, Cached cached) {
        try {
            RestResponse<ConsentDecision> response = api.decision(subjectId, AI_ASSISTANCE, cached == null ? null : cached.etag())
                    .await().atMost(config.consent().timeout());
            return new Fetched(response.getStatus(), response.getStatus() == 200 ? response.getEntity() : null,
                    response.getHeaderString("ETag"), response.getHeaderString("Cache-Control"));
        } catch (WebApplicationException e) {
            return new Fetched(e.getResponse().getStatus(), null, null, null);
        }
    }

    ConsentCheck unconfirmed(String subjectId, Throwable cause) {
        LOG.warnf("consent-service could not confirm consent (%s); failing closed", cause.getClass().getSimpleName());
        metrics.counter("bot.downstream.failures", "service", "consent").increment();
        return ConsentCheck.unavailable();
    }

    /** Forget everything cached for a subject (their data is being erased). */
    public void forget(String subjectId) {
        cache.remove(subjectId);
    }

    /** For tests: every subject's decision is fetched afresh. */
    public void clear() {
        cache.clear();
    }

    private Duration maxAge(String control) {
        if (control != null) {
            if (control.contains("no-store") || control.contains("no-cache")) {
                return Duration.ZERO;
            }
            Matcher m = MAX_AGE.matcher(control);
            if (m.find()) {
                return Duration.ofSeconds(Long.parseLong(m.group(1)));
            }
        }
        return config.consent().defaultMaxAge();
    }

    private static ConsentCheck toCheck(ConsentDecision decision, Instant now) {
        boolean unexpired = decision.expiresAt() == null || now.isBefore(decision.expiresAt());
        boolean allowed = decision.allowed() && "GIVEN".equals(decision.state()) && unexpired;
        return new ConsentCheck(allowed ? ConsentCheck.Outcome.ALLOWED : ConsentCheck.Outcome.NOT_ALLOWED,
                unexpired ? decision.state() : "EXPIRED");
    }

    /** consent-service answered, but not with a decision. */
    static final class ConsentUnavailable extends RuntimeException {
        ConsentUnavailable(int status) {
            super("consent-service answered " + status, null, false, false);
        }
    }
}
