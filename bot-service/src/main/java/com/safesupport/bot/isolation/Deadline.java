package com.safesupport.bot.isolation;

import java.time.Duration;

/**
 * The time one customer message may take in total. Every downstream call of the turn is bounded by what is left of
 * it, so no input (and no slow peer) holds a worker longer than this.
 */
public record Deadline(long startedNanos, long budgetNanos) {

    public static Deadline of(Duration budget) {
        return new Deadline(System.nanoTime(), budget.toNanos());
    }

    public Duration remaining() {
        return Duration.ofNanos(Math.max(0, startedNanos + budgetNanos - System.nanoTime()));
    }

    public boolean passed() {
        return System.nanoTime() - startedNanos >= budgetNanos;
    }

    /** What is left, but never more than {@code cap} nor less than {@code floor}: a call always gets a fair try. */
    public Duration bound(Duration cap, Duration floor) {
        Duration left = remaining();
        if (left.compareTo(floor) < 0) {
            return floor;
        }
        return left.compareTo(cap) > 0 ? cap : left;
    }

    public long elapsedMillis() {
        return (System.nanoTime() - startedNanos) / 1_000_000;
    }
}
