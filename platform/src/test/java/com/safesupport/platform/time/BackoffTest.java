package com.safesupport.platform.time;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;

class BackoffTest {

    private static final Duration INITIAL = Duration.ofSeconds(2);
    private static final Duration MAX = Duration.ofMinutes(10);

    @Test
    void doublesPerAttemptUpToTheCap() {
        assertEquals(INITIAL, Backoff.exponential(INITIAL, MAX, 0));
        assertEquals(INITIAL, Backoff.exponential(INITIAL, MAX, 1));
        assertEquals(Duration.ofSeconds(4), Backoff.exponential(INITIAL, MAX, 2));
        assertEquals(Duration.ofSeconds(256), Backoff.exponential(INITIAL, MAX, 8));
        assertEquals(Duration.ofSeconds(512), Backoff.exponential(INITIAL, MAX, 9));
        assertEquals(MAX, Backoff.exponential(INITIAL, MAX, 10));
        assertEquals(MAX, Backoff.exponential(INITIAL, MAX, Integer.MAX_VALUE));
    }
}
