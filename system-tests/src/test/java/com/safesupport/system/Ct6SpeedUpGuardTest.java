package com.safesupport.system;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What TwoReplicasTest's speed-ups (docs/benchmarks.md, "Test time, stop 60 (ct6)") must not break. No suite needed:
 * both read the options and the environment the stacks are started with.
 */
class Ct6SpeedUpGuardTest {

    /** The scheduler intervals the launcher passes on, one per job the test watches (ReplicatedSuite). */
    static final List<String> TICKED = List.of("CONSENT_EXPIRY_CHECK_EVERY", "CONSENT_DSR_WORK_EVERY",
            "ESCALATION_SLA_CHECK_EVERY", "BOT_TRANSCRIPT_PURGE_INTERVAL");

    /**
     * {@code schedulersRunOncePerTickAcrossReplicas} counts the ticks of its window in {@link ReplicatedSuite#TICK}
     * and asserts at most one run per tick: that bound only means "once per tick" if every job under test ticks at
     * exactly that length. With a longer tick in a service, the job would run less often and the bound would pass
     * without showing anything; a tick written as {@code 0s} (a TICK under a second) would not start the stack.
     */
    @Test
    void everyJobUnderTestTicksAtTheTestsTick() throws IOException {
        assertTrue(ReplicatedSuite.TICK.toMillis() >= 1000 && ReplicatedSuite.TICK.toMillis() % 1000 == 0,
                "TICK is passed on in whole seconds: " + ReplicatedSuite.TICK);
        try (LlmStub llm = new LlmStub()) {
            ReplicatedSuite suite = new ReplicatedSuite(llm);
            for (String variable : TICKED) {
                String value = suite.env.get(variable);
                assertEquals(ReplicatedSuite.TICK, Duration.parse("PT" + value.toUpperCase(Locale.ROOT)), variable + "=" + value);
            }
        }
    }

    /**
     * TwoReplicasTest's stack runs without bytecode verification of the services' classes; LocalStackTest's stack,
     * started from the same jars in the same {@code ./suite test}, must keep it, so that a class the verifier refuses
     * still fails the suite. And the replicated stack must really get its options (the launcher reads them from
     * {@code SUITE_JAVA_OPTIONS}).
     */
    @Test
    void onlyTheReplicatedStackSkipsVerification() throws IOException {
        for (String option : SuiteCli.JAVA_OPTIONS.split("\\s+")) {
            assertFalse(option.startsWith("-Xverify") || option.equals("-noverify") || option.contains("BytecodeVerification"),
                    "LocalStackTest's stack must verify bytecode: " + SuiteCli.JAVA_OPTIONS);
        }
        try (LlmStub llm = new LlmStub()) {
            String options = new ReplicatedSuite(llm).env.get("SUITE_JAVA_OPTIONS");
            assertEquals(ReplicatedSuite.JAVA_OPTIONS, options);
            assertTrue(List.of(options.split("\\s+")).containsAll(List.of(SuiteCli.JAVA_OPTIONS.split("\\s+"))), options);
            assertTrue(List.of(options.split("\\s+")).containsAll(SuiteCli.NO_VERIFICATION), options);
        }
        assertEquals(SuiteCli.JAVA_OPTIONS, SuiteCli.command().environment().get("SUITE_JAVA_OPTIONS"));
    }
}
