package com.safesupport.platform.time;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.time.Clock;

/**
 * The one clock of every service: expiry, deadlines, SLAs, backoffs and event times read it. A default bean, so the
 * tests' {@code com.safesupport.testing.TestClock} replaces it and moves time without sleeping.
 */
@Singleton
public class ClockProducer {

    @Produces
    @DefaultBean
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }
}
