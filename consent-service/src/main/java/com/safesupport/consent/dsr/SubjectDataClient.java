package com.safesupport.consent.dsr;

import com.safesupport.consent.config.ConsentConfig;
import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import io.smallrye.faulttolerance.api.ExponentialBackoff;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Calls one peer's subject-data endpoints with timeouts and retries with exponential backoff (both calls are
 * idempotent). A 5xx or no answer is retried; any other refusal is not. No circuit breaker: its state would be
 * shared by every peer behind this one method, and one service down must not stop requests to the others. An answer
 * is read up to the peer's {@code max-answer-size}; a larger one is cut off (the connection closed) and taken as no
 * answer, retried like one, so that a faulty or hostile peer cannot fill the heap.
 */
@ApplicationScoped
public class SubjectDataClient {

    /** The peer did not answer, or answered 5xx: worth trying again. */
    public static class PeerUnavailable extends RuntimeException {
        final int status;

        PeerUnavailable(int status, String kind) {
            super(kind, null, false, false);
            this.status = status;
        }
    }

    /** The peer refused (4xx): trying again will not help. */
    public static class PeerRefused extends RuntimeException {
        final int status;

        PeerRefused(int status) {
            super("refused with " + status, null, false, false);
            this.status = status;
        }
    }

    /** The answer grew past the peer's cap; what was read is dropped. */
    private static final class AnswerTooLarge extends RuntimeException {
        AnswerTooLarge() {
            super("too-large", null, false, false);
        }
    }

    @Inject
    ConsentConfig config;

    private final Map<String, SubjectDataApi> clients = new ConcurrentHashMap<>();

    @Timeout(value = 30, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 3, delay = 500, jitter = 100, retryOn = PeerUnavailable.class, abortOn = PeerRefused.class)
    @ExponentialBackoff(factor = 2, maxDelay = 8000)
    public String export(String service, String subjectId, AtomicInteger attempts) {
        return call(service, api -> api.export(subjectId), attempts);
    }

    @Timeout(value = 30, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 3, delay = 500, jitter = 100, retryOn = PeerUnavailable.class, abortOn = PeerRefused.class)
    @ExponentialBackoff(factor = 2, maxDelay = 8000)
    public String erase(String service, String subjectId, AtomicInteger attempts) {
        return call(service, api -> api.erase(subjectId), attempts);
    }

    private String call(String service, Function<SubjectDataApi, Multi<byte[]>> call, AtomicInteger attempts) {
        attempts.incrementAndGet();
        SubjectDataApi api = client(service);
        ConsentConfig.PeerService peer = config.services().get(service);
        long cap = peer.maxAnswerSize().asLongValue();
        try {
            return bounded(call.apply(api), cap).await().atMost(peer.timeout());
        } catch (AnswerTooLarge e) {
            throw new PeerUnavailable(0, "too-large");
        } catch (WebApplicationException e) {
            int status = e.getResponse().getStatus();
            if (status >= 500) {
                throw new PeerUnavailable(status, "http-" + status);
            }
            throw new PeerRefused(status);
        } catch (ProcessingException | io.smallrye.mutiny.TimeoutException | java.util.concurrent.CompletionException e) {
            // Refused, reset, unreadable, or the whole answer not in within the peer's timeout.
            throw new PeerUnavailable(0, "no-answer");
        }
    }

    /** The whole answer as UTF-8 text, failing with {@link AnswerTooLarge} as soon as it grows past {@code cap} bytes. */
    static Uni<String> bounded(Multi<byte[]> answer, long cap) {
        // Throwing in the collector cancels the stream, which closes the connection: nothing past the cap is read.
        return answer.collect().in(ByteArrayOutputStream::new, (body, chunk) -> {
            if (body.size() + (long) chunk.length > cap) {
                throw new AnswerTooLarge();
            }
            body.writeBytes(chunk);
        }).map(body -> body.toString(StandardCharsets.UTF_8));
    }

    private SubjectDataApi client(String service) {
        return clients.computeIfAbsent(service, name -> {
            ConsentConfig.PeerService peer = config.services().get(name);
            if (peer == null) {
                throw new IllegalArgumentException("no such service in consent.services: " + name);
            }
            return QuarkusRestClientBuilder.newBuilder()
                    .baseUri(URI.create(peer.url()))
                    .connectTimeout(peer.timeout().toMillis(), TimeUnit.MILLISECONDS)
                    .readTimeout(peer.timeout().toMillis(), TimeUnit.MILLISECONDS)
                    .build(SubjectDataApi.class);
        });
    }
}
