package com.safesupport.redaction.detect;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.function.Consumer;

/**
 * The linearity measure of the hostile-input tests: how much more CPU a 32 (or n) times longer input costs, per unit of
 * input. Measured on the calling thread's CPU clock (wall time failed under load 20), the best of five runs of each
 * after three of warm-up; 1.0 is exactly linear, a quadratic scan gives ~32.
 */
final class CpuLinearity {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private CpuLinearity() {
    }

    /** CPU time of {@code work} on {@code large} divided by 32 times its CPU time on {@code small}. */
    static double ratio(String small, String large, Consumer<String> work) {
        return ratio(small, large, 32, work);
    }

    /** CPU time of {@code work} on {@code large} divided by {@code times} times its CPU time on {@code small}. */
    static double ratio(String small, String large, int times, Consumer<String> work) {
        for (int k = 0; k < 3; k++) {
            work.accept(small);
            work.accept(large);
        }
        long smallNs = Long.MAX_VALUE;
        long largeNs = Long.MAX_VALUE;
        for (int k = 0; k < 5; k++) {
            long t0 = THREADS.getCurrentThreadCpuTime();
            work.accept(small);
            long t1 = THREADS.getCurrentThreadCpuTime();
            work.accept(large);
            long t2 = THREADS.getCurrentThreadCpuTime();
            smallNs = Math.min(smallNs, t1 - t0);
            largeNs = Math.min(largeNs, t2 - t1);
        }
        return largeNs / ((double) times * Math.max(1, smallNs));
    }

    /** {@link #ratio} of {@code unit} repeated to ~2 kB and to 32 times that. */
    static double ratioOfRepeated(String unit, Consumer<String> work) {
        int copies = 2048 / unit.length();
        return ratio(unit.repeat(copies), unit.repeat(32 * copies), work);
    }

    /** {@link #ratio} of {@code unit} repeated to ~2 kB (at least once) and to {@code times} times that. */
    static double ratioOfRepeated(String unit, int times, Consumer<String> work) {
        int copies = Math.max(1, 2048 / unit.length());
        return ratio(unit.repeat(copies), unit.repeat(times * copies), times, work);
    }

    /**
     * The analyser on {@code unit} repeated (64 kB against 32 × 2 kB) stays linear: a ratio under 8 (a quadratic scan
     * gives ~32); the ratio is printed with {@code label} for the test log.
     */
    static void assertAnalyzerLinear(String label, String unit) {
        double ratio = ratioOfRepeated(unit, AnalyzerTest::found);
        System.out.printf("%s 64 kB / (32 x 2 kB) CPU time ratio %.2f (%s)%n", label, ratio, unit.strip());
        org.junit.jupiter.api.Assertions.assertTrue(ratio < 8, "must stay linear, ratio " + ratio + " for " + unit.strip());
    }
}
