package com.safesupport.system;

import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.time.Duration;
import java.time.Instant;

/**
 * Where a system test's time goes: one {@code TIMELINE} line per test (seconds since the class began, the test's own
 * time) and per step a test marks ({@link #mark}: the suite's start, each restart), so that a slow run can be read
 * off its output (docs/benchmarks.md, "Test time, stop 60 (ct6)").
 */
final class Timeline implements BeforeTestExecutionCallback, AfterTestExecutionCallback {

    private static volatile Instant begin = Instant.now();

    /** Starts the clock of the lines below (a class's {@code @BeforeAll}). */
    static void begin() {
        begin = Instant.now();
    }

    /** A step that took {@code took}, ending now. */
    static void mark(String step, Duration took) {
        System.out.printf("TIMELINE %7.1f s  %-62s %6.1f s%n", Duration.between(begin, Instant.now()).toMillis() / 1000.0,
                step, took.toMillis() / 1000.0);
    }

    /**
     * The CPU time each of these components' processes (with their descendants) has used so far, read when they
     * have just become ready: what their starts cost, a figure the machine's other load does not change much.
     */
    static void cpu(java.util.List<String> components) {
        double total = 0;
        StringBuilder each = new StringBuilder();
        for (String component : components) {
            java.util.Optional<ProcessHandle> process = ProcessHandle.of(ReplicatedSuite.pid(component));
            Duration used = process.map(p -> java.util.stream.Stream.concat(java.util.stream.Stream.of(p), p.descendants())
                    .map(h -> h.info().totalCpuDuration().orElse(Duration.ZERO)).reduce(Duration.ZERO, Duration::plus))
                    .orElse(Duration.ZERO);
            total += used.toMillis() / 1000.0;
            each.append(String.format(" %s %.1f", component, used.toMillis() / 1000.0));
        }
        System.out.printf("TIMELINE CPU s of the %d started: %.1f (%s)%n", components.size(), total, each.toString().strip());
    }

    @Override
    public void beforeTestExecution(ExtensionContext context) {
        context.getStore(ExtensionContext.Namespace.create(Timeline.class)).put("start", Instant.now());
    }

    @Override
    public void afterTestExecution(ExtensionContext context) {
        Instant start = context.getStore(ExtensionContext.Namespace.create(Timeline.class)).get("start", Instant.class);
        mark(context.getRequiredTestClass().getSimpleName() + "." + context.getRequiredTestMethod().getName()
                + (context.getExecutionException().isPresent() ? " (failed)" : ""), Duration.between(start, Instant.now()));
    }
}
