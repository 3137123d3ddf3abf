package com.safesupport.redaction.detect;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.safesupport.redaction.anonymize.Anonymizer;
import com.safesupport.redaction.anonymize.Operator;
import com.safesupport.redaction.anonymize.ValueKeys;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Jazzer fuzz test of the engine. In the default test run it replays the seeds under
 * {@code src/test/resources/.../RedactionFuzzTestInputs} (regression mode); to fuzz for real:
 * {@code JAZZER_FUZZ=1 ./mvnw -pl redaction-service -am test -Dtest=RedactionFuzzTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Djazzer.hooks=true} (the test run leaves Jazzer's bug-detector hooks off: see the module's pom).
 * Properties: no exception, offsets in range and non-overlapping, and no tag of a redacted text is ever
 * detected again. (The stronger "a redacted text redacts to itself" holds for texts whose words are separated
 * by blanks, see {@link RandomTextTest}; Jazzer finds counter-examples in glued digit runs such as
 * "1 4111 41111 1111 111", kept as the seed {@code found-glued-digit-runs}: a fragment of a run that lost the
 * overlap to a longer span can surface on a second pass.)
 *
 * <p>Time is a property too: each analysis may use at most {@link #LIMIT_MS} of its thread's CPU time (far above
 * the engine's microseconds even with Jazzer's instrumentation), so an input that makes detection super-linear
 * fails the test instead of passing slowly. CPU time rather than wall time, so that a busy machine (CI, parallel
 * builds) does not fail the test; the engine's own wall-clock deadline ({@link #HANG_MS}) stays as the guard
 * against an input that never finishes. The analyzer is warmed up once before the first input, so that loading
 * and instrumenting its classes is not charged to whichever input comes first.
 */
class RedactionFuzzTest {

    private static final ValueKeys KEYS = new ValueKeys("0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.UTF_8));
    private static final Anonymizer ANONYMIZER = new Anonymizer('*', Map.of(), KEYS);

    /** Per-input CPU-time limit (each of the two analyses). */
    static final long LIMIT_MS = 500;

    /** Wall-clock guard against a hang, far above {@link #LIMIT_MS} so that only a hang reaches it. */
    static final long HANG_MS = 30_000;

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    static {
        // Class loading, Jazzer's instrumentation and lazy tables happen here, not in the first timed input.
        AnalyzerTest.ANALYZER.analyze("Call Maria Lopez on +44 20 7946 0958 or maria@example.org, card 4111 1111 1111 1111,"
                + " IBAN GB82 WEST 1234 5698 7654 32, 10 Downing Street, London, 2001:db8::1, 5-May-2021.",
                Analyzer.Options.defaults("en", 0.4));
    }

    @FuzzTest(maxDuration = "30s")
    void redactingIsSafeAndIdempotent(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        Analyzer analyzer = AnalyzerTest.ANALYZER;
        List<Finding> findings = timed(analyzer, text);
        int previousEnd = 0;
        for (Finding f : findings) {
            assertTrue(f.start() >= previousEnd && f.start() < f.end() && f.end() <= text.length());
            previousEnd = f.end();
        }
        String once = ANONYMIZER.apply(text, findings, Operator.TAG, new Anonymizer.LocalTagBook(KEYS)).text();
        List<Finding> again = timed(analyzer, once);
        java.util.regex.Matcher tag = java.util.regex.Pattern.compile("<[A-Z][A-Z0-9_]*_\\d{1,6}>").matcher(once);
        while (tag.find()) {
            int s = tag.start();
            int e = tag.end();
            assertEquals(List.of(), again.stream().filter(f -> f.start() < e && s < f.end()).map(Finding::type).toList());
        }
    }

    private static List<Finding> timed(Analyzer analyzer, String text) {
        long cpuBefore = THREADS.getCurrentThreadCpuTime();
        List<Finding> findings;
        try {
            findings = analyzer.analyze(text, Analyzer.Options.defaults("en", 0.4), Deadline.in(HANG_MS * 1_000_000L));
        } catch (Deadline.Exceeded e) {
            throw new AssertionError("detection did not finish in " + HANG_MS + " ms on a " + text.length()
                    + "-character input (the input is in Jazzer's crash file)");
        }
        long cpuMs = (THREADS.getCurrentThreadCpuTime() - cpuBefore) / 1_000_000L;
        if (cpuMs > LIMIT_MS) {
            throw new AssertionError("detection used " + cpuMs + " ms of CPU (limit " + LIMIT_MS + ") on a "
                    + text.length() + "-character input: a super-linear shape (the input is in Jazzer's crash file)");
        }
        return findings;
    }
}
