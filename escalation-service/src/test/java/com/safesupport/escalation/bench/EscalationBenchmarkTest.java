package com.safesupport.escalation.bench;

import com.safesupport.escalation.TestData;
import com.safesupport.escalation.routing.Assigner;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Benchmarks (not part of the default test run): {@code ./mvnw -B -q -pl escalation-service verify -Pbench}.
 * They print their figures; the only assertion is the correctness one (no duplicate tickets).
 * Sizes: {@code -Dbench.requests=5000 -Dbench.concurrency=32 -Dbench.open-tickets=10000}.
 */
@QuarkusTest
@Tag("bench")
class EscalationBenchmarkTest {

    private static final int REQUESTS = Integer.getInteger("bench.requests", 5000);
    private static final int CONCURRENCY = Integer.getInteger("bench.concurrency", 32);
    private static final int OPEN_TICKETS = Integer.getInteger("bench.open-tickets", 10_000);

    @Inject
    TestData data;

    @Inject
    EntityManager em;

    @Inject
    Assigner assigner;

    @Inject
    com.safesupport.escalation.routing.AssignmentTrigger trigger;

    @Test
    void handoffCreationWithIdempotency() throws Exception {
        data.reset();
        // HTTP/1.1 with a connection per in-flight request, as many clients behind a load balancer would be.
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(Executors.newFixedThreadPool(4)).build();
        String token = TestData.botToken();
        URI uri = URI.create("http://localhost:" + RestAssured.port + "/v1/handoffs");
        run(http, uri, token, Integer.getInteger("bench.warmup", 2000), "warm-up");

        // Every 10th request re-sends the previous request's key and body at once: a client retry racing its original.
        Result result = run(http, uri, token, REQUESTS, "measured");
        long tickets = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from ticket where channel = 'bench-measured'").getSingleResult()).longValue());
        long duplicates = tickets - result.distinctKeys;
        System.out.printf("%nBENCH handoff: %d requests (%d distinct keys, %d retries), concurrency %d, %.0f req/s, "
                        + "p50 %.1f ms, p99 %.1f ms, max %.1f ms; statuses %s; tickets %d, duplicates %d%n",
                result.requests, result.distinctKeys, result.requests - result.distinctKeys, CONCURRENCY,
                result.requests / result.seconds, result.p(50), result.p(99), result.p(100), result.statuses, tickets, duplicates);
        assertEquals(0, duplicates);
        data.reset();
    }

    @Test
    void assignmentLatencyWithManyOpenTickets() {
        data.reset();
        TestData.queue("bench", List.of(), List.of("bench"));
        TestData.agent("bench-agent", List.of("lang:xx"), 1, List.of("bench"), "OFFLINE");
        long start = System.nanoTime();
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                insert into ticket (id, conversation_id, subject_id, queue_id, status, priority, base_priority, reasons,
                                    required_skills, locale, channel, content_key_id, content_sealed, created_at, updated_at)
                select gen_random_uuid(), gen_random_uuid(), 'bench-' || n, q.id, 'NEW',
                       (array['LOW','NORMAL','HIGH','URGENT'])[1 + n % 4], 'NORMAL', '{HUMAN_REQUESTED}', '{lang:xx}', 'xx',
                       'bench', 'local-1', '\\x00'::bytea, now() - make_interval(secs => n), now()
                from generate_series(1, ?1) as n, support_queue q where q.code = 'bench'""")
                .setParameter(1, OPEN_TICKETS).executeUpdate());
        System.out.printf("%nBENCH assignment: %d open tickets inserted in %.1f s%n", OPEN_TICKETS, (System.nanoTime() - start) / 1e9);
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("update agent set availability = 'ONLINE' where username = 'bench-agent'").executeUpdate());

        List<Double> millis = new ArrayList<>();
        int rounds = 200;
        int total = 0;
        for (int i = 0; i < rounds + 20; i++) {
            // Free the agent's slot (as a resolve would), then time one assignment pass over the waiting tickets.
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                    update ticket set status = 'RESOLVED' where assigned_agent_id = (select id from agent where username = 'bench-agent')
                      and status = 'ASSIGNED'""").executeUpdate());
            long t0 = System.nanoTime();
            int assigned = assigner.runOnce();
            double ms = (System.nanoTime() - t0) / 1e6;
            if (assigned != 1 && assigned != 0) {
                throw new IllegalStateException("assigned " + assigned);
            }
            if (i >= 20) {
                millis.add(ms);
                total += assigned;
            }
        }
        Collections.sort(millis);
        System.out.printf("BENCH assignment: one free slot, %d waiting tickets: p50 %.1f ms, p99 %.1f ms, max %.1f ms over %d runs (%d assigned)%n",
                OPEN_TICKETS, pct(millis, 50), pct(millis, 99), pct(millis, 100), rounds, total);

        // A burst: 20 agents with 5 free slots each come online at once.
        for (int a = 0; a < 20; a++) {
            TestData.agent("bench-burst-" + a, List.of("lang:xx"), 5, List.of("bench"), "OFFLINE");
        }
        // Let the runs their provisioning triggered finish, so the timed passes below do all the work.
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> !trigger.busy());
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "update agent set availability = 'ONLINE' where username like 'bench-burst-%'").executeUpdate());
        long t0 = System.nanoTime();
        int assigned = 0;
        int pass;
        while ((pass = assigner.runOnce()) > 0) {
            assigned += pass;
        }
        System.out.printf("BENCH assignment: burst of 20 agents x 5 slots: %d tickets assigned in %.1f ms%n",
                assigned, (System.nanoTime() - t0) / 1e6);
        data.reset();
    }

    private record Result(int requests, int distinctKeys, double seconds, List<Double> millis, Map<Integer, Integer> statuses) {
        double p(int percentile) {
            return pct(millis, percentile);
        }
    }

    private static double pct(List<Double> sorted, int percentile) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    private static Result run(HttpClient http, URI uri, String token, int requests, String label) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(CONCURRENCY);
        List<Future<Double>> futures = new ArrayList<>();
        Map<Integer, Integer> statuses = new ConcurrentHashMap<>();
        AtomicInteger distinct = new AtomicInteger();
        CountDownLatch go = new CountDownLatch(1);
        String previousKey = null;
        String previousBody = null;
        for (int i = 0; i < requests; i++) {
            String key;
            String body;
            if (i % 10 == 9 && previousKey != null) {
                key = previousKey;
                body = previousBody;
            } else {
                key = UUID.randomUUID().toString();
                body = TestData.handoffJson(UUID.randomUUID(), UUID.randomUUID().toString(), List.of("HUMAN_REQUESTED"), "en", "bench")
                        .replace("\"channel\":\"web\"", "\"channel\":\"bench-" + label + "\"");
                distinct.incrementAndGet();
            }
            previousKey = key;
            previousBody = body;
            HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .header("Idempotency-Key", key).POST(HttpRequest.BodyPublishers.ofString(body)).build();
            futures.add(pool.submit(() -> {
                go.await();
                long t0 = System.nanoTime();
                HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
                statuses.merge(response.statusCode(), 1, Integer::sum);
                return (System.nanoTime() - t0) / 1e6;
            }));
        }
        long start = System.nanoTime();
        go.countDown();
        List<Double> millis = new ArrayList<>();
        for (Future<Double> f : futures) {
            millis.add(f.get());
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        Collections.sort(millis);
        return new Result(requests, distinct.get(), seconds, millis, new java.util.TreeMap<>(statuses));
    }
}
