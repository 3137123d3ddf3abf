package com.safesupport.consent;

import com.safesupport.consent.decision.DecisionService;
import com.safesupport.consent.ledger.ConsentLedger;
import com.safesupport.consent.ledger.EventKind;
import com.safesupport.consent.selfservice.ConsentService;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.URL;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Prints the figures of docs/consent.md (Benchmarks); asserts nothing about time. Run with
 * {@code ./mvnw -B -q -pl consent-service verify -Pbench} (system properties {@code bench.*} below change the sizes).
 */
@QuarkusTest
@Tag("bench")
class ConsentBenchmarkTest {

    static final int SUBJECTS = Integer.getInteger("bench.subjects", 2000);
    static final int DECISIONS = Integer.getInteger("bench.decisions", 20000);
    static final int HTTP_REQUESTS = Integer.getInteger("bench.http.requests", 20000);
    static final int HTTP_THREADS = Integer.getInteger("bench.http.threads", 8);
    static final int WARMUP = 3000;

    @Inject
    ConsentService consents;

    @Inject
    DecisionService decisions;

    @Inject
    ConsentLedger ledger;

    @TestHTTPResource("/")
    URL base;

    @Test
    void benchmark() throws Exception {
        System.out.printf(Locale.ROOT, "%n=== consent-service benchmark (%d cores, load average %.1f) ===%n",
                Runtime.getRuntime().availableProcessors(), java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        String[] subjects = appendRate();
        inProcess(subjects);
        overHttp(subjects, false);
        overHttp(subjects, true);
        verifyTime();
    }

    /** Ledger append rate through the whole give path: validation, chain link, projection, signed receipt. */
    private String[] appendRate() throws Exception {
        String[] subjects = new String[SUBJECTS];
        for (int i = 0; i < SUBJECTS; i++) {
            subjects[i] = ConsentSteps.newSubject();
        }
        ConsentService.Collection how = new ConsentService.Collection("chat", "EU", "self-service", "en", "bench", "customer", false, null);
        int notice = ConsentSteps.currentNotice("ai-assistance");
        long started = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<?>> work = new ArrayList<>();
        AtomicInteger next = new AtomicInteger();
        for (int t = 0; t < 4; t++) {
            work.add(pool.submit(() -> {
                for (int i; (i = next.getAndIncrement()) < SUBJECTS; ) {
                    inRequest(subjects[i], s -> consents.answer(s, "ai-assistance", EventKind.GIVEN, notice, how));
                }
            }));
        }
        for (Future<?> f : work) {
            f.get();
        }
        pool.shutdown();
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf(Locale.ROOT, "ledger append (give: event + projection + ES256 receipt), 4 threads: %d events in %.2f s = %.0f events/s%n",
                SUBJECTS, seconds, SUBJECTS / seconds);
        return subjects;
    }

    private void inProcess(String[] subjects) throws Exception {
        Thread worker = new Thread(() -> {
            for (int i = 0; i < WARMUP; i++) {
                inRequest(subjects[i % subjects.length], s -> decisions.decide(s, "ai-assistance"));
            }
            long[] nanos = new long[DECISIONS];
            long started = System.nanoTime();
            for (int i = 0; i < DECISIONS; i++) {
                String subject = subjects[ThreadLocalRandom.current().nextInt(subjects.length)];
                long t0 = System.nanoTime();
                inRequest(subject, s -> decisions.decide(s, "ai-assistance"));
                nanos[i] = System.nanoTime() - t0;
            }
            report("decision in-process (1 thread, request context + projection read)", nanos, System.nanoTime() - started);
        });
        worker.start();
        worker.join();
    }

    private void overHttp(String[] subjects, boolean conditional) throws Exception {
        String token = ConsentSteps.TOKENS.service("bot-service", "svc-bot");
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        String[] etags = new String[subjects.length];
        for (int i = 0; i < subjects.length; i++) {
            HttpResponse<String> r = client.send(request(token, subjects[i], null), HttpResponse.BodyHandlers.ofString());
            etags[i] = r.headers().firstValue("ETag").orElse(null);
        }
        long[] nanos = new long[HTTP_REQUESTS];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger unexpected = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(HTTP_THREADS);
        long started = System.nanoTime();
        List<Future<?>> work = new ArrayList<>();
        for (int t = 0; t < HTTP_THREADS; t++) {
            work.add(pool.submit(() -> {
                for (int i; (i = next.getAndIncrement()) < HTTP_REQUESTS; ) {
                    int s = ThreadLocalRandom.current().nextInt(subjects.length);
                    long t0 = System.nanoTime();
                    HttpResponse<String> r = client.send(request(token, subjects[s], conditional ? etags[s] : null),
                            HttpResponse.BodyHandlers.ofString());
                    nanos[i] = System.nanoTime() - t0;
                    if (r.statusCode() != (conditional ? 304 : 200)) {
                        unexpected.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : work) {
            f.get();
        }
        long elapsed = System.nanoTime() - started;
        pool.shutdown();
        report(String.format(Locale.ROOT, "decision over HTTP loopback (%d client threads, signed svc-bot token%s)",
                HTTP_THREADS, conditional ? ", If-None-Match -> 304" : ""), nanos, elapsed);
        if (unexpected.get() > 0) {
            System.out.println("  unexpected statuses: " + unexpected.get());
        }
    }

    private void verifyTime() {
        ConsentLedger.Verification v = ledger.verify();
        v = ledger.verify();
        System.out.printf(Locale.ROOT, "ledger verify: %d events (%d erased) in %d ms = %.0f events/s, valid=%s%n",
                v.eventsChecked(), v.erasedEvents(), v.durationMillis(),
                v.eventsChecked() * 1000.0 / Math.max(1, v.durationMillis()), v.valid());
    }

    private HttpRequest request(String token, String subject, String etag) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + "v1/subjects/" + subject + "/decisions/ai-assistance"))
                .header("Authorization", "Bearer " + token);
        if (etag != null) {
            b.header("If-None-Match", etag);
        }
        return b.GET().build();
    }

    private static void inRequest(String subject, java.util.function.Consumer<String> action) {
        ManagedContext context = Arc.container().requestContext();
        context.activate();
        try {
            action.accept(subject);
        } finally {
            context.terminate();
        }
    }

    private static void report(String what, long[] nanos, long elapsedNanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        System.out.printf(Locale.ROOT, "%s: %d calls, %.0f/s, p50 %.3f ms, p99 %.3f ms, max %.3f ms%n", what, sorted.length,
                sorted.length / (elapsedNanos / 1e9), sorted[sorted.length / 2] / 1e6, sorted[(int) (sorted.length * 0.99)] / 1e6,
                sorted[sorted.length - 1] / 1e6);
    }
}
