package com.safesupport.consent;

import com.safesupport.consent.config.ConsentConfig;
import io.smallrye.config.WithDefault;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.util.List;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The peer timeout a deployment gets: 5 s per attempt ({@code ConsentConfig.PeerService.timeout}'s default), which the
 * service's configuration sets for no peer outside the test profile (an operator may, per peer). The test profile
 * keeps 5 s for a loaded machine; {@link FtDsrPeerFaultsTest} runs with 2 s ({@link Fm10DatabaseStallTest.ThroughProxy})
 * to wait less. This keeps the shipped value pinned (docs/benchmarks.md, "Test time, stop 57 (ct2)").
 */
class Ct2PeerTimeoutTest {

    @Test
    void eachPeerWaitsFiveSecondsPerAttemptInProduction() throws Exception {
        WithDefault timeout = ConsentConfig.PeerService.class.getMethod("timeout").getAnnotation(WithDefault.class);
        assertEquals("5s", timeout.value());
        Properties shipped = new Properties();
        try (InputStream in = Ct2PeerTimeoutTest.class.getResourceAsStream("/application.properties")) {
            shipped.load(in);
        }
        List<String> set = shipped.stringPropertyNames().stream()
                .filter(key -> key.startsWith("consent.services.") && key.endsWith(".timeout")).toList();
        assertTrue(set.isEmpty(), "the service's configuration sets a peer timeout outside the test profile: " + set);
        for (String peer : List.of("redaction", "bot", "escalation")) {
            assertEquals("5s", shipped.getProperty("%test.consent.services." + peer + ".timeout"),
                    "the test profile's bound for " + peer);
        }
    }
}
