package com.safesupport.redaction.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.safesupport.redaction.detect.Analyzer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Throughput of the detection engine alone (no HTTP) on the presidio-research texts: MB/s on one thread
 * and on every core, and the latency of one {@code analyze} call. A plain timed loop after warm-up, not JMH:
 * <pre>
 * ./mvnw -B -q -pl redaction-service -am process-test-classes -Peval -Deval.main=EngineBenchmark -Deval.args="default 20"
 * </pre>
 * With a third argument {@code recognizers} it prints the CPU time per text of each recogniser instead (the second
 * argument is then the number of rounds over all texts).
 * <p>
 * With a third argument {@code batch} (and optionally a fourth, the texts per batch, default 64) it compares, in the same
 * JVM on the same thread, one {@code analyze} call per text with {@link Analyzer#analyzeAll} over consecutive batches of
 * the same texts (what {@code POST /v1/redact/batch} does): passes over all texts in the order single, batch, batch,
 * single, repeated for twice the given seconds after a 10 s warm-up of both, the CPU clock read once per pass. It prints
 * the median MB per CPU-second of each and, as the spread of one against itself, the first single pass of each round
 * against the last (and the two batch passes against each other):
 * <pre>
 * ./mvnw -B -q -pl redaction-service -am process-test-classes -Peval -Deval.main=EngineBenchmark -Deval.args="default 10 batch 64"
 * </pre>
 * <p>
 * Besides the engine it prints a yardstick measured in the same run: one {@code java.util.regex} e-mail pass over the
 * same texts on the same thread, and the engine's "no clock read per text" figure as a percentage of it.
 */
public final class EngineBenchmark {

    /** The service's default phone regions (application default of {@code redaction.phone-regions}). */
    static final List<String> REGIONS = List.of("US,GB,DE,FR,ES,IT,NL,BE,CH,AT,IE,SE,NO,DK,FI,PL,PT,CZ,IN,AU,CA,BR,MX,IL,JP,PH,TR,ZA,SG,NZ,AE,NG,MY,RO,GR,HU,UA,CN,KR,SA"
            .split(","));

    /** The e-mail addresses the pattern finds in all texts (counted, so that the pass cannot be optimised away). */
    private static long emailPass(java.util.regex.Pattern email, List<String> texts) {
        long n = 0;
        for (String t : texts) {
            java.util.regex.Matcher m = email.matcher(t);
            while (m.find()) {
                n++;
            }
        }
        return n;
    }

    /** One pass over all texts, one {@code analyze} call each; returns the findings (counted, so the work is not dropped). */
    private static long singlePass(Analyzer analyzer, Analyzer.Options options, List<String> texts) {
        long n = 0;
        for (String t : texts) {
            n += analyzer.analyze(t, options).size();
        }
        return n;
    }

    /** One pass over all texts in consecutive batches of {@code size}. */
    private static long batchPass(Analyzer analyzer, Analyzer.Options options, List<String> texts, int size) {
        long n = 0;
        for (int i = 0; i < texts.size(); i += size) {
            for (List<com.safesupport.redaction.detect.Finding> f : analyzer.analyzeAll(texts.subList(i, Math.min(texts.size(), i + size)), options)) {
                n += f.size();
            }
        }
        return n;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(null);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static void batchAgainstSingle(Analyzer analyzer, Analyzer.Options options, List<String> texts, long bytes, int seconds,
                                           int size) {
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        java.lang.management.OperatingSystemMXBean os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        long found = 0;
        long warmUntil = System.nanoTime() + 10_000_000_000L;
        while (System.nanoTime() < warmUntil) {
            found += singlePass(analyzer, options, texts);
            found += batchPass(analyzer, options, texts, size);
        }
        double loadBefore = os.getSystemLoadAverage();
        // Rounds of four passes, single / batch / batch / single: each kind runs first and last in turn.
        List<Double> single = new ArrayList<>();
        List<Double> batch = new ArrayList<>();
        List<Double> singleAa = new ArrayList<>();
        List<Double> batchAa = new ArrayList<>();
        long end = System.nanoTime() + 2L * seconds * 1_000_000_000L;
        while (System.nanoTime() < end) {
            double[] mbs = new double[4];
            for (int p = 0; p < 4; p++) {
                long c = cpu.getCurrentThreadCpuTime();
                found += p == 0 || p == 3 ? singlePass(analyzer, options, texts) : batchPass(analyzer, options, texts, size);
                mbs[p] = bytes / ((cpu.getCurrentThreadCpuTime() - c) / 1e9) / 1e6;
            }
            single.add(mbs[0]);
            single.add(mbs[3]);
            batch.add(mbs[1]);
            batch.add(mbs[2]);
            singleAa.add(mbs[3] / mbs[0]);
            batchAa.add(mbs[2] / mbs[1]);
        }
        double s = median(single);
        double b = median(batch);
        System.out.printf("one thread, CPU clock, no clock read per text, %d rounds of single / batch / batch / single passes, load %.1f -> %.1f:%n",
                single.size() / 2, loadBefore, os.getSystemLoadAverage());
        System.out.printf("  one analyze() call per text: %.2f MB per CPU-second (median), mean CPU per text %.1f µs%n",
                s, bytes / s / texts.size());
        System.out.printf("  analyzeAll(), batches of %d texts: %.2f MB per CPU-second (median), mean CPU per text %.1f µs%n",
                size, b, bytes / b / texts.size());
        System.out.printf("  batch / single %.3f; spread of one against itself (median of the per-round ratios): single last / first %.3f, batch second / first %.3f (%d findings counted)%n",
                b / s, median(singleAa), median(batchAa), found);
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        Path data = Datasets.locate(args.length > 0 ? args[0] : null);
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        List<String> texts = new ArrayList<>();
        for (JsonNode row : new ObjectMapper().readTree(data.resolve("presidio-research/generated_large.json").toFile())) {
            texts.add(row.get("full_text").asText());
        }
        long bytes = texts.stream().mapToLong(t -> t.getBytes(StandardCharsets.UTF_8).length).sum();
        Analyzer analyzer = Analyzer.builtIn(List.of("en"), REGIONS, List.of());
        Analyzer.Options options = Analyzer.Options.defaults("en", 0.4);
        if (args.length > 2 && args[2].equals("recognizers")) {
            com.safesupport.redaction.detect.RecognizerTimes.print(analyzer, com.safesupport.redaction.detect.LanguagePack.load("en"), texts,
                    seconds);
            return;
        }
        System.out.printf("%d texts, %d bytes (mean %d bytes/text), %d cores%n", texts.size(), bytes, bytes / texts.size(),
                Runtime.getRuntime().availableProcessors());
        if (args.length > 2 && args[2].equals("batch")) {
            batchAgainstSingle(analyzer, options, texts, bytes, seconds, args.length > 3 ? Integer.parseInt(args[3]) : 64);
            return;
        }
        long warmUntil = System.nanoTime() + 10_000_000_000L;
        while (System.nanoTime() < warmUntil) {
            for (String t : texts) {
                analyzer.analyze(t, options);
            }
        }
        // One thread: every call timed, by the wall clock and by this thread's CPU clock. On a shared machine the
        // CPU clock is the figure to trust: it does not count the time other processes held the core.
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        long[] latencies = new long[texts.size() * 200];
        long[] cpuLatencies = new long[latencies.length];
        int n = 0;
        long processed = 0;
        long cpuStart = cpu.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        long end = start + seconds * 1_000_000_000L;
        outer:
        while (true) {
            for (String t : texts) {
                long c = cpu.getCurrentThreadCpuTime();
                long s = System.nanoTime();
                analyzer.analyze(t, options);
                long e = System.nanoTime();
                if (n < latencies.length) {
                    cpuLatencies[n] = cpu.getCurrentThreadCpuTime() - c;
                    latencies[n++] = e - s;
                }
                processed += t.getBytes(StandardCharsets.UTF_8).length;
                if (e > end) {
                    break outer;
                }
            }
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (cpu.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        Arrays.sort(latencies, 0, n);
        Arrays.sort(cpuLatencies, 0, n);
        System.out.printf("one thread, wall clock: %.2f MB/s, %.0f texts/s, latency per text p50 %.1f µs, p99 %.1f µs%n",
                processed / elapsed / 1e6, n / elapsed, latencies[n / 2] / 1e3, latencies[(int) (n * 0.99)] / 1e3);
        System.out.printf("one thread, CPU clock:  %.2f MB per CPU-second, %.0f texts per CPU-second, CPU per text p50 %.1f µs, p99 %.1f µs%n",
                processed / cpuSeconds / 1e6, n / cpuSeconds, cpuLatencies[n / 2] / 1e3, cpuLatencies[(int) (n * 0.99)] / 1e3);

        // The same loop without a clock read per text: each getCurrentThreadCpuTime() is a system call that itself costs
        // CPU time (0.7-0.8 µs per call measured at load 14, twice per text above, against ~11 µs of engine per text quiet),
        // so the figure above charges the timer to the engine. Here the CPU clock is read once per pass over the texts.
        long untimedBytes = 0;
        long untimedTexts = 0;
        long untimedCpuStart = cpu.getCurrentThreadCpuTime();
        long untimedEnd = System.nanoTime() + seconds * 1_000_000_000L;
        while (System.nanoTime() < untimedEnd) {
            for (String t : texts) {
                analyzer.analyze(t, options);
            }
            untimedBytes += bytes;
            untimedTexts += texts.size();
        }
        double untimedCpu = (cpu.getCurrentThreadCpuTime() - untimedCpuStart) / 1e9;
        System.out.printf("one thread, CPU clock, no clock read per text: %.2f MB per CPU-second, %.0f texts per CPU-second, mean CPU per text %.1f µs%n",
                untimedBytes / untimedCpu / 1e6, untimedTexts / untimedCpu, untimedCpu / untimedTexts * 1e6);

        // The yardstick, in the same run and on the same thread: one java.util.regex pass for e-mail addresses over the same
        // texts (what a single-pattern redactor does), CPU clock read once per pass as above. Absolute figures move several
        // times with the machine's load; the ratio of the engine's line above to this one moves much less.
        java.util.regex.Pattern email = java.util.regex.Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");
        long found = 0;
        long regexWarm = System.nanoTime() + 3_000_000_000L;
        while (System.nanoTime() < regexWarm) {
            found += emailPass(email, texts);
        }
        long regexBytes = 0;
        long regexCpuStart = cpu.getCurrentThreadCpuTime();
        long regexEnd = System.nanoTime() + seconds * 1_000_000_000L;
        while (System.nanoTime() < regexEnd) {
            found += emailPass(email, texts);
            regexBytes += bytes;
        }
        double regexCpu = (cpu.getCurrentThreadCpuTime() - regexCpuStart) / 1e9;
        double engineMbs = untimedBytes / untimedCpu / 1e6;
        double regexMbs = regexBytes / regexCpu / 1e6;
        System.out.printf("baseline, one java.util.regex e-mail pass, CPU clock: %.1f MB per CPU-second (engine at %.1f %% of it; %d matches)%n",
                regexMbs, 100 * engineMbs / regexMbs, found);

        int threads = Runtime.getRuntime().availableProcessors();
        AtomicLong total = new AtomicLong();
        List<Thread> workers = new ArrayList<>();
        long pStart = System.nanoTime();
        long pEnd = pStart + seconds * 1_000_000_000L;
        for (int k = 0; k < threads; k++) {
            int offset = k * 97;
            Thread w = new Thread(() -> {
                long mine = 0;
                int i = offset;
                while (System.nanoTime() < pEnd) {
                    String t = texts.get(i++ % texts.size());
                    analyzer.analyze(t, options);
                    mine += t.getBytes(StandardCharsets.UTF_8).length;
                }
                total.addAndGet(mine);
            });
            workers.add(w);
            w.start();
        }
        for (Thread w : workers) {
            w.join();
        }
        double pElapsed = (System.nanoTime() - pStart) / 1e9;
        System.out.printf("%d threads: %.1f MB/s%n", threads, total.get() / pElapsed / 1e6);
    }
}
