package com.safesupport.escalation;

import com.safesupport.escalation.config.EscalationConfig;
import io.smallrye.config.WithDefault;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.util.List;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The agent desk's call timeout a deployment gets: 10 s ({@code EscalationConfig.Desk.callTimeout}'s default, the
 * constant {@code DeskBackend} had before it became a setting), which the service's configuration does not set, not
 * even in the test profile. Only {@link Fm10DatabaseStallTest.ThroughProxy} shortens it, for
 * {@link com.safesupport.escalation.desk.Fm5DeskApiDripTest}, which waits it out (docs/benchmarks.md, "Test time,
 * stop 60 (ct7)").
 */
class Ct7DeskCallTimeoutTest {

    @Test
    void theDeskWaitsTenSecondsForTheTicketApiInProduction() throws Exception {
        WithDefault timeout = EscalationConfig.Desk.class.getMethod("callTimeout").getAnnotation(WithDefault.class);
        assertEquals("PT10S", timeout.value());
        Properties shipped = new Properties();
        try (InputStream in = Ct7DeskCallTimeoutTest.class.getResourceAsStream("/application.properties")) {
            shipped.load(in);
        }
        List<String> set = shipped.stringPropertyNames().stream().filter(key -> key.contains("escalation.desk.")).toList();
        assertTrue(set.isEmpty(), "the service's configuration sets the desk's call timeout: " + set);
    }
}
