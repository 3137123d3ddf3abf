package com.safesupport.bot.bench;

import com.safesupport.bot.support.BotTest;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;
import java.util.Locale;

/**
 * CPU per customer message of a whole turn in-process: HTTP, token check, consent, redaction client, guardrails,
 * embedding, retrieval, sealing, the decision record and the transcript in PostgreSQL. The downstream services
 * are WireMock stubs and the HTTP client is RestAssured, both in this JVM, so the figure is an upper bound for
 * bot-service's own share. Prints figures, asserts nothing; only with {@code -Pbench}:
 * <pre>
 * TEST_PG_DB_SUFFIX=_me ./mvnw -B -pl bot-service -am verify -Pbench -DskipITs
 * # with a JFR profile of the measured messages (read it with `jfr view hot-methods target/turn.jfr`):
 * TEST_PG_DB_SUFFIX=_me ./mvnw -B -pl bot-service -am verify -Pbench -DskipITs -Dbench.argLine=-Dbench.jfr=target/turn.jfr
 * # pool threads kept alive for the whole run, so that none retires with its CPU time uncounted:
 * TEST_PG_DB_SUFFIX=_me ./mvnw -B -pl bot-service -am verify -Pbench -DskipITs -Dbench.argLine=-Dquarkus.thread-pool.keep-alive-time=1h
 * </pre>
 */
@QuarkusTest
@Tag("bench")
class TurnCpuBenchmarkTest extends BotTest {

    /** Written for this benchmark: answerable questions, one with personal data, one out of scope. */
    private static final String[] MIX = {
            "How do I activate my new card?",
            "Hi, I'm Maria Lopez (maria.lopez@example.com). Why was my transfer declined?",
            "How long does a transfer to another bank take?",
            "What will the weather be like tomorrow?",
            "Can I change my PIN at a cash machine?",
            "I was charged twice for the same payment, what now?",
    };

    private static final com.sun.management.OperatingSystemMXBean PROCESS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private static final java.lang.management.ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /**
     * CPU time of the live threads by what they do: the bot's request threads (Quarkus workers and Vert.x event
     * loops: HTTP, the pipeline, ONNX on the calling thread, JDBC), the test client (this thread) and the rest (WireMock,
     * Agroal, schedulers). JIT compiler and GC threads are not Java threads: only the process total counts them.
     */
    private static java.util.Map<String, Long> cpuByGroup(java.util.Map<Long, Long> since) {
        java.util.Map<String, Long> groups = new java.util.TreeMap<>();
        long self = Thread.currentThread().threadId();
        for (java.lang.management.ThreadInfo info : THREADS.getThreadInfo(THREADS.getAllThreadIds())) {
            if (info == null) {
                continue;
            }
            long cpu = THREADS.getThreadCpuTime(info.getThreadId());
            if (cpu < 0) {
                continue;
            }
            // Each thread's own increase: a thread that started during the run counts from zero, and one that ended
            // (a worker the pool retired) cannot make the sum negative.
            cpu -= since.getOrDefault(info.getThreadId(), 0L);
            String name = info.getThreadName();
            String group = info.getThreadId() == self ? "client"
                    : name.startsWith("executor-thread") || name.startsWith("vert.x-eventloop") ? "bot"
                    : "other";
            groups.merge(group, cpu, Long::sum);
        }
        return groups;
    }

    /** CPU time so far of every live thread, by id. */
    private static java.util.Map<Long, Long> cpuByThread() {
        java.util.Map<Long, Long> cpu = new java.util.HashMap<>();
        for (long id : THREADS.getAllThreadIds()) {
            long ns = THREADS.getThreadCpuTime(id);
            if (ns >= 0) {
                cpu.put(id, ns);
            }
        }
        return cpu;
    }

    @Test
    void cpuPerMessage() throws Exception {
        // Steady state: the JIT compiles the hot paths during the warm-up (-Dbench.warmup conversations, 6 messages each).
        run(Integer.getInteger("bench.warmup", 40));
        int conversations = Integer.getInteger("bench.conversations", 40);
        String jfr = System.getProperty("bench.jfr");
        jdk.jfr.Recording recording = null;
        if (jfr != null) {
            recording = new jdk.jfr.Recording(jdk.jfr.Configuration.getConfiguration("profile"));
            recording.start();
        }
        long cpu = PROCESS.getProcessCpuTime();
        java.util.Map<Long, Long> before = cpuByThread();
        long wall = System.nanoTime();
        int messages = run(conversations);
        if (recording != null) {
            recording.stop();
            recording.dump(java.nio.file.Path.of(jfr));
            recording.close();
        }
        double cpuMs = (PROCESS.getProcessCpuTime() - cpu) / 1e6 / messages;
        java.util.Map<String, Long> after = cpuByGroup(before);
        // A thread that ended during the run loses its time here (run with a long quarkus.thread-pool.keep-alive-time).
        StringBuilder groups = new StringBuilder();
        after.forEach((group, ns) -> groups.append(String.format(Locale.ROOT, " %s %.2f", group, ns / 1e6 / messages)));
        double wallMs = (System.nanoTime() - wall) / 1e6 / messages;
        System.out.printf(Locale.ROOT, "TurnCpuBenchmark: %d messages in %d conversations, one at a time: process CPU %.2f ms/message "
                        + "(bot + WireMock stubs + RestAssured client + JIT/GC), by thread group ms/message:%s; wall %.2f ms/message; "
                        + "load average %.2f%n",
                messages, conversations, cpuMs, groups, wallMs, PROCESS.getSystemLoadAverage());
    }

    private static int run(int conversations) {
        int messages = 0;
        for (int c = 0; c < conversations; c++) {
            String subject = newSubject();
            String id = start(subject);
            for (String text : MIX) {
                say(subject, id, text).statusCode(200);
                messages++;
            }
        }
        return messages;
    }
}
