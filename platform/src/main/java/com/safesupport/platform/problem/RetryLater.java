package com.safesupport.platform.problem;

/**
 * A refusal the caller may retry after a while (429 for a spent budget, 503 for a passing outage): the mapper sends
 * {@code Retry-After} with the problem.
 */
public class RetryLater extends DomainException {

    private final long retryAfterSeconds;

    public RetryLater(int status, String slug, String title, String detail, long retryAfterSeconds) {
        super(status, slug, title, detail);
        this.retryAfterSeconds = Math.max(1, retryAfterSeconds);
    }

    public static RetryLater tooManyRequests(String slug, String detail, long retryAfterSeconds) {
        return new RetryLater(429, slug, "Too Many Requests", detail, retryAfterSeconds);
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
