package com.safesupport.system;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * Waits for what the suite does asynchronously by design (an outbox relay, a data-subject request's fan-out, a
 * consent cache of {@code max-age=5}): the condition is checked again every 200 ms until it holds or the limit
 * passes, and the last value seen is reported on failure.
 */
final class Eventually {

    private Eventually() {
    }

    static <T> T until(Duration limit, Supplier<T> probe, java.util.function.Predicate<T> done, String what) {
        return until(limit, Duration.ofMillis(200), probe, done, what);
    }

    /** The same, probing every {@code every}: for probes the suite itself rate-limits (a customer's messages). */
    static <T> T until(Duration limit, Duration every, Supplier<T> probe, java.util.function.Predicate<T> done, String what) {
        Instant deadline = Instant.now().plus(limit);
        T last = probe.get();
        while (!done.test(last)) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError(what + " did not happen within " + limit.toSeconds() + " s; last seen: " + last);
            }
            try {
                Thread.sleep(every.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
            last = probe.get();
        }
        return last;
    }
}
