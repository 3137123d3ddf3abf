package com.safesupport.bot.guardrail;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Hostile-input check for the guardrail rules: a text of 25 repetitions of a unit and one of 200 (~2 and ~16 kB for
 * the units of the tests; a message is at most 2,000 characters, {@code bot.limits}, so the larger text is about 8
 * times the longest input a rule sees). Eight times the text: linear is about 8 times the time, a quadratic pattern
 * about 64; the bound is 24 times (with a 200 µs floor for the small text). The texts were 32 times longer until the
 * morning of 3 Dec and 4 times longer until its afternoon: six such checks cost ~3 of bot-service's test minutes on a
 * quiet machine, without telling more (the ratio, not the size, is what a quadratic pattern fails).
 */
final class RuleLinearity {

    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private RuleLinearity() {
    }

    static void assertLinear(String unit, Predicate<String> rule) {
        warm(unit.repeat(25), unit.repeat(200), rule);
        long small = fastest(unit.repeat(25), rule);
        long large = fastest(unit.repeat(200), rule);
        assertTrue(large < 24 * Math.max(small, 200_000), "25 units " + small / 1000 + " µs, 200 units " + large / 1000 + " µs");
    }

    /**
     * Round 34: a smaller and steeper check, for units that are long or rules that read the text several times: {@code
     * copies} and 16 times as many copies; linear is about 16 times the CPU, quadratic about 256; the bound is 48 times
     * (with a 0.5 ms floor for the small text), the fastest of three runs each.
     */
    static void assertLinear(String unit, Predicate<String> rule, int copies) {
        warm(unit.repeat(copies), unit.repeat(16 * copies), rule);
        long small = fastest(unit.repeat(copies), rule, 3);
        long large = fastest(unit.repeat(16 * copies), rule, 3);
        assertTrue(large < 48 * Math.max(small, 500_000), copies + " units " + small / 1000 + " µs, " + 16 * copies + " units " + large / 1000 + " µs");
    }

    /**
     * Both texts once before any is timed (stop 63): on a loaded machine the JIT's compiler thread can lag behind, and a
     * rehearsal timed a large text still interpreted against a small one compiled (×67 for a rule that measures ×16).
     */
    private static void warm(String small, String large, Predicate<String> rule) {
        rule.test(small);
        rule.test(large);
        rule.test(small);
    }

    /**
     * The fastest of five runs in CPU time of this thread, not wall time: on a busy machine (CI beside a native build,
     * other test JVMs) a 20 ms run is preempted and a 1 ms run is not, which inflated the ratio past its bound
     * (2k units 0.9 ms, 16k units 22 ms wall at load 15) although the rules are linear.
     */
    private static long fastest(String text, Predicate<String> rule) {
        return fastest(text, rule, 5);
    }

    private static long fastest(String text, Predicate<String> rule, int runs) {
        long best = Long.MAX_VALUE;
        for (int i = 0; i < runs; i++) {
            long start = CPU.getCurrentThreadCpuTime();
            rule.test(text);
            best = Math.min(best, CPU.getCurrentThreadCpuTime() - start);
        }
        return best;
    }
}
