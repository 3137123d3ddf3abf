package com.safesupport.bot.isolation;

import com.safesupport.platform.problem.DomainException;

/** 429: a budget or the customer's bulkhead is full; {@code Retry-After} says when to try again. */
public final class TooManyRequests extends DomainException {

    private final long retryAfterSeconds;

    public TooManyRequests(String slug, String detail, long retryAfterSeconds) {
        super(429, slug, "Too Many Requests", detail);
        this.retryAfterSeconds = Math.max(1, retryAfterSeconds);
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
