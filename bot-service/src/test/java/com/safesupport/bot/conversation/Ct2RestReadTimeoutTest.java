package com.safesupport.bot.conversation;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The REST clients' bounds a deployment gets (consent-, redaction- and escalation-service calls): read 3,000 ms,
 * connect 1,000 ms; the test profile reads for 1,500 ms. {@link FtDownstreamFaultsTest} runs with 750 ms
 * ({@link Fm6DatabaseDownTest.ThroughProxy}) to wait less; this keeps the shipped values pinned
 * (docs/benchmarks.md, "Test time, stop 57 (ct2)").
 */
class Ct2RestReadTimeoutTest {

    @Test
    void theRestClientsKeepTheirProductionBounds() throws IOException {
        Properties shipped = new Properties();
        try (InputStream in = Ct2RestReadTimeoutTest.class.getResourceAsStream("/application.properties")) {
            shipped.load(in);
        }
        assertEquals("3000", shipped.getProperty("quarkus.rest-client.read-timeout"));
        assertEquals("1000", shipped.getProperty("quarkus.rest-client.connect-timeout"));
        assertEquals("1500", shipped.getProperty("%test.quarkus.rest-client.read-timeout"));
        assertEquals(null, shipped.getProperty("%prod.quarkus.rest-client.read-timeout"));
        for (String client : new String[] {"consent", "redaction", "escalation"}) {
            assertEquals(null, shipped.getProperty("quarkus.rest-client." + client + ".read-timeout"),
                    "a per-client read timeout for " + client);
        }
    }
}
