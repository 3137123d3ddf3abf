package com.safesupport.platform.time;

import java.time.Duration;

/** Exponential backoff of the retry loops (outboxes): the first delay, doubled per further attempt, capped. */
public final class Backoff {

    private Backoff() {
    }

    /**
     * @param attempts attempts made so far (1 after the first failure)
     * @return {@code initial × 2^(attempts-1)}, at most {@code max}; {@code initial} for 0 or 1 attempts
     */
    public static Duration exponential(Duration initial, Duration max, int attempts) {
        int doublings = Math.min(30, Math.max(0, attempts - 1));
        Duration next = initial.multipliedBy(1L << doublings);
        return next.compareTo(max) > 0 ? max : next;
    }
}
