package com.safesupport.system;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code ./suite up} in the foreground: Ctrl-C (SIGINT) stops everything it started, leaving no process behind. */
class CtrlCTest {

    @Test
    void ctrlCStopsEverythingTheForegroundRunStarted() throws Exception {
        StringBuilder output = new StringBuilder();
        Process suite = SuiteCli.upInForeground(output);
        try {
            List<Long> pids = SuiteCli.recordedPids();
            assertEquals(6, pids.size(), output.toString());
            assertTrue(pids.stream().allMatch(pid -> ProcessHandle.of(pid).isPresent()), output.toString());

            new ProcessBuilder("kill", "-INT", Long.toString(suite.pid())).start().waitFor();

            assertTrue(suite.waitFor(120, TimeUnit.SECONDS), "./suite up did not stop on Ctrl-C:\n" + output);
            for (long pid : pids) {
                assertFalse(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false), "pid " + pid + " survived Ctrl-C");
            }
            assertEquals(List.of(), SuiteCli.processesUnderHome(), "orphan processes after Ctrl-C");
        } finally {
            // Whatever failed above, leave no suite running for the next test class (its ports would be taken).
            if (suite.isAlive()) {
                suite.destroyForcibly();
            }
            SuiteCli.run(120, "down");
        }
    }
}
