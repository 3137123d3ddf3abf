package com.safesupport.redaction.eval;

import com.safesupport.redaction.detect.Analyzer;

import java.util.List;
import java.util.Map;

/**
 * Times the engine on every text of {@link AdversarialCorpus} at 2 kB and 64 kB: microseconds per kB and the
 * ratio 64 kB ÷ 2 kB (linear time ≈ 32). Printed, never asserted. Run:
 * <pre>
 * ./mvnw -B -q -pl redaction-service -am process-test-classes -Peval -Deval.main=AdversarialBenchmark
 * </pre>
 * Each figure is the best of several runs after a warm-up of that shape, timed by this thread's CPU clock: on a shared
 * machine a 64 kB run (tens of milliseconds) is always preempted while a 2 kB run often is not, so wall-clock times
 * inflate the ratio by the machine's load rather than the engine's growth ({@code -Dadversarial.clock=wall} for the
 * wall clock). A shape whose 2 kB text already takes longer than a second is not run at 64 kB (it would not finish).
 */
public final class AdversarialBenchmark {

    public static void main(String[] args) {
        Analyzer analyzer = Analyzer.builtIn(List.of("en"), EngineBenchmark.REGIONS, List.of());
        Analyzer.Options options = Analyzer.Options.defaults("en", 0.4);
        // Warm-up on ordinary text and on every shape at 2 kB.
        for (int i = 0; i < 2000; i++) {
            analyzer.analyze("Hi, I'm Maria Kowalski, call +44 20 7946 0958 or mail maria@example.com.", options);
        }
        System.out.printf("%-42s %12s %12s %12s %12s %8s%n", "shape", "2 kB ms", "µs per kB", "64 kB ms", "µs per kB", "ratio");
        double worst2k = 0;
        double worstRatio = 0;
        for (Map.Entry<String, String> e : AdversarialCorpus.units().entrySet()) {
            String small = AdversarialCorpus.build(e.getValue(), 2048);
            String large = AdversarialCorpus.build(e.getValue(), 65536);
            double t2;
            try {
                // Warm this shape's code paths up first (the JIT), so the figures compare steady states.
                for (int i = 0; i < 20; i++) {
                    analyzer.analyze(small, options);
                }
                t2 = best(analyzer, options, small, 10);
            } catch (StackOverflowError | RuntimeException failure) {
                System.out.printf("%-42s %12s%n", e.getKey(), "fails at 2 kB: " + failure.getClass().getSimpleName());
                continue;
            }
            worst2k = Math.max(worst2k, t2);
            if (t2 > 1000) {
                System.out.printf("%-42s %12.2f %12.1f %12s %12s %8s%n", e.getKey(), t2, t2 * 1000 / 2, "not run", "", "");
                continue;
            }
            double t64;
            try {
                for (int i = 0; i < 3; i++) {
                    analyzer.analyze(large, options);
                }
                t64 = best(analyzer, options, large, 8);
            } catch (StackOverflowError | RuntimeException failure) {
                System.out.printf("%-42s %12.3f %12.1f %12s%n", e.getKey(), t2, t2 * 1000 / 2, "fails at 64 kB: " + failure.getClass().getSimpleName());
                continue;
            }
            double ratio = t64 / t2;
            worstRatio = Math.max(worstRatio, ratio);
            System.out.printf("%-42s %12.3f %12.1f %12.2f %12.1f %8.1f%n", e.getKey(), t2, t2 * 1000 / 2, t64, t64 * 1000 / 64, ratio);
        }
        System.out.printf("worst 2 kB: %.3f ms; worst 64 kB ÷ 2 kB: %.1f%n", worst2k, worstRatio);
    }

    /** Best of n runs in milliseconds (the least disturbed by other processes on a shared machine). */
    private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();
    /** {@code -Dadversarial.clock=wall} times by the wall clock instead of this thread's CPU clock. */
    private static final boolean WALL = "wall".equals(System.getProperty("adversarial.clock"));

    private static long now() {
        return WALL ? System.nanoTime() : CPU.getCurrentThreadCpuTime();
    }

    private static double best(Analyzer analyzer, Analyzer.Options options, String text, int n) {
        double best = Double.MAX_VALUE;
        for (int i = 0; i < n; i++) {
            long s = now();
            analyzer.analyze(text, options);
            best = Math.min(best, (now() - s) / 1e6);
            if (best > 1000) {
                break;
            }
        }
        return best;
    }
}
