package com.safesupport.redaction.detect;

/**
 * The time one analysis may take. The engine is linear by construction; the deadline is the backstop that
 * turns anything unforeseen (a starved CPU, a pathological input nobody thought of) into a clear refusal
 * instead of a hang. Checked between recognisers and inside their longer loops.
 */
public final class Deadline {

    /** No limit (tools, benchmarks). */
    public static final Deadline NONE = new Deadline(Long.MAX_VALUE);

    private final long at;

    private Deadline(long at) {
        this.at = at;
    }

    /** A deadline {@code nanos} from now. */
    public static Deadline in(long nanos) {
        return new Deadline(System.nanoTime() + nanos);
    }

    public void check() {
        check(at);
    }

    /** The {@link System#nanoTime()} at which the time is up; {@code Long.MAX_VALUE} for {@link #NONE}. */
    long at() {
        return at;
    }

    static void check(long at) {
        if (at != Long.MAX_VALUE && System.nanoTime() > at) {
            throw new Exceeded();
        }
    }

    /** The analysis ran past its deadline; carries no text and no stack trace. */
    public static final class Exceeded extends RuntimeException {
        public Exceeded() {
            super("detection deadline exceeded", null, false, false);
        }
    }
}
