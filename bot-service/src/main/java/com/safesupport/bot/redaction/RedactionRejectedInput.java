package com.safesupport.bot.redaction;

/**
 * This one input could not be redacted in time, while redaction-service itself is healthy: it said so (problem type
 * {@value #PROBLEM_TYPE}), or our call timed out twice while a trivial probe between the two was answered. It counts
 * against the customer who sent it, never against the circuit breaker every customer shares. Fails closed like
 * {@link RedactionUnavailable}: the text goes nowhere.
 */
public class RedactionRejectedInput extends RuntimeException {

    public static final String PROBLEM_TYPE = "https://safesupport.dev/problems/redaction-deadline";
    /** The type redaction-service's linear engine shipped with (issue 11) for the same refusal. */
    public static final String SHIPPED_TYPE = "https://safesupport.dev/problems/detection-timeout";

    public enum Cause { DEADLINE_PROBLEM, TIMEOUT_WHILE_SERVICE_ANSWERS }

    private final Cause cause;

    public RedactionRejectedInput(Cause cause) {
        super("redaction-service could not redact this input in time", null, false, false);
        this.cause = cause;
    }

    public Cause reason() {
        return cause;
    }
}
