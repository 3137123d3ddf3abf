package com.safesupport.redaction.eval;

import com.safesupport.testing.Tokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * HTTP load on loopback against the real application (JVM mode, real JWT validation, no scope so no
 * database write): {@code POST /v1/redact} with ~260–300-character support messages. When {@code wrk} is on the
 * PATH (Debian package {@code wrk}) the load comes from it, a separate process, with a fixed number of
 * connections ({@code -Dbench.connections}, default 8) after a warm-up run ({@code -Dbench.warmup}, default 15 s) and
 * its latency distribution, with the server's CPU time per request; otherwise from a closed-loop
 * Java client in this JVM. Excluded from the default run (tag {@code bench}); run with
 * <pre>
 * ./mvnw -B -q -pl redaction-service -am verify -Pbench -Dtest=HttpLoadBenchmark \
 *   -Dsurefire.failIfNoSpecifiedTests=false -Dbench.seconds=30
 * </pre>
 * The client runs on the same two cores as the server, so the figures understate the server alone.
 */
@QuarkusTest
@Tag("bench")
class HttpLoadBenchmark {

    @TestHTTPResource("/v1/redact")
    URI redact;

    static final String[] MESSAGES = {
            "Hi, I'm Maria Kowalski and I can't log in. My email is maria.kowalski@example.com and my phone is +44 20 7946 0958. Could you please reset my account? I also paid with card 4111 1111 1111 1111 yesterday and the charge appears twice on my statement. Thanks a lot!",
            "Hello, my order hasn't arrived yet. I live at 221B Baker Street, London NW1 6XE and ordered on 12/03/2024. My IBAN is GB82 WEST 1234 5698 7654 32 for the refund. Please call me on (415) 555-2671 after 5pm, or write to jsmith at example dot com instead.",
            "The app keeps crashing when I open the billing page on my phone. I've reinstalled it twice already and cleared the cache, but nothing changes. It started after the last update on Monday. Can someone from support look into this? It is really urgent for me now."
    };

    @Test
    void load() throws Exception {
        int seconds = Integer.getInteger("bench.seconds", 20);
        int connections = Integer.getInteger("bench.connections", 8);
        String token = new Tokens("redaction-service").service("bot-service", "svc-bot");
        if (wrkAvailable() && !Boolean.getBoolean("bench.java-client")) {
            wrk(token, connections, seconds);
            return;
        }
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
        List<HttpRequest> requests = new ArrayList<>();
        for (String m : MESSAGES) {
            String body = "{\"text\":\"" + m.substring(0, Math.min(300, m.length())).replace("\"", "\\\"") + "\"}";
            requests.add(HttpRequest.newBuilder(redact).header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build());
        }
        run(client, requests, connections, 5, new AtomicInteger());
        AtomicInteger errors = new AtomicInteger();
        long start = System.nanoTime();
        long[] latencies = run(client, requests, connections, seconds, errors);
        double elapsed = (System.nanoTime() - start) / 1e9;
        Arrays.sort(latencies);
        System.out.printf("HTTP POST /v1/redact, %d connections, %d s: %.0f req/s, p50 %.2f ms, p99 %.2f ms, max %.2f ms, %d errors%n",
                connections, seconds, latencies.length / elapsed, latencies[latencies.length / 2] / 1e6,
                latencies[(int) (latencies.length * 0.99)] / 1e6, latencies[latencies.length - 1] / 1e6, errors.get());
    }

    private static boolean wrkAvailable() {
        try {
            return new ProcessBuilder("wrk", "--version").redirectErrorStream(true).start().waitFor() >= 0;
        } catch (java.io.IOException | InterruptedException e) {
            return false;
        }
    }

    /** wrk, a separate process: 2 threads, the given connections, a warm-up run, then the measured run. */
    private void wrk(String token, int connections, int seconds) throws Exception {
        StringBuilder lua = new StringBuilder("local bodies = {\n");
        for (String m : MESSAGES) {
            String json = "{\"text\":\"" + m.replace("\"", "\\\"") + "\"}";
            lua.append("  [==[").append(json).append("]==],\n");
        }
        lua.append("}\nlocal i = 0\nrequest = function()\n  i = i + 1\n")
                .append("  return wrk.format(\"POST\", nil, {[\"Content-Type\"] = \"application/json\", [\"Authorization\"] = \"Bearer ")
                .append(token).append("\"}, bodies[(i % #bodies) + 1])\nend\n")
                .append("done = function(summary, latency, requests)\n")
                .append("  io.write(string.format(\"non-2xx or errors: %d\\n\", summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))\nend\n");
        java.nio.file.Path script = java.nio.file.Files.createTempFile("redact", ".lua");
        java.nio.file.Files.writeString(script, lua);
        try {
            com.sun.management.OperatingSystemMXBean os =
                    (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
            for (int round = 0; round < 2; round++) {
                // The warm-up lets the JIT compile the request path: under load its compiler threads otherwise take a
                // share of the CPU the measured run charges to requests.
                int duration = round == 0 ? Integer.getInteger("bench.warmup", 15) : seconds;
                long cpuBefore = os.getProcessCpuTime();
                long javaBefore = javaThreadsCpu();
                Process p = new ProcessBuilder("wrk", "-t2", "-c" + connections, "-d" + duration + "s", "--latency", "-s", script.toString(),
                        redact.toString()).redirectErrorStream(true).start();
                String output = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                p.waitFor();
                long cpu = os.getProcessCpuTime() - cpuBefore;
                long javaCpu = javaThreadsCpu() - javaBefore;
                if (round == 1) {
                    System.out.println("wrk -t2 -c" + connections + " -d" + duration + "s POST /v1/redact (separate process):\n" + output);
                    // The server's own CPU per request (this JVM, all its threads): unlike req/s, it does not depend on
                    // how much of the shared machine the server got, so it compares runs at different loads.
                    java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d+) requests in").matcher(output);
                    if (m.find()) {
                        long requests = Long.parseLong(m.group(1));
                        System.out.printf("server CPU per request: %.1f µs (%d requests, %.2f CPU-s); load average %.1f%n",
                                cpu / 1e3 / requests, requests, cpu / 1e9, os.getSystemLoadAverage());
                        // Java threads only (event loops, workers, …): without the JIT compiler and GC threads, whose
                        // share under load depends on how far compilation got during the warm-up.
                        System.out.printf("server Java-thread CPU per request: %.1f µs%n", javaCpu / 1e3 / requests);
                    }
                }
            }
        } finally {
            java.nio.file.Files.deleteIfExists(script);
        }
    }

    /** CPU time of every live Java thread of this JVM (a thread that ended during the run loses its share). */
    private static long javaThreadsCpu() {
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long sum = 0;
        for (long id : threads.getAllThreadIds()) {
            long t = threads.getThreadCpuTime(id);
            if (t > 0) {
                sum += t;
            }
        }
        return sum;
    }

    private static long[] run(HttpClient client, List<HttpRequest> requests, int connections, int seconds, AtomicInteger errors) throws Exception {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        ExecutorService pool = Executors.newFixedThreadPool(connections);
        List<Future<long[]>> futures = new ArrayList<>();
        for (int c = 0; c < connections; c++) {
            int offset = c;
            futures.add(pool.submit(() -> {
                long[] mine = new long[1 << 20];
                int n = 0;
                int i = offset;
                while (System.nanoTime() < end && n < mine.length) {
                    long s = System.nanoTime();
                    HttpResponse<String> r = client.send(requests.get(i++ % requests.size()), HttpResponse.BodyHandlers.ofString());
                    mine[n++] = System.nanoTime() - s;
                    if (r.statusCode() != 200) {
                        errors.incrementAndGet();
                    }
                }
                return Arrays.copyOf(mine, n);
            }));
        }
        List<long[]> parts = new ArrayList<>();
        for (Future<long[]> f : futures) {
            parts.add(f.get());
        }
        pool.shutdown();
        return parts.stream().flatMapToLong(Arrays::stream).toArray();
    }
}
