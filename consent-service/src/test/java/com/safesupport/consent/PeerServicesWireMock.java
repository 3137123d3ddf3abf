package com.safesupport.consent;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/**
 * WireMock standing in for bot-, escalation- and redaction-service: they are other modules, and what consent-service
 * sends them is the contract under test. Each peer gets its own path prefix on one server
 * ({@code /bot/v1/subjects/...}); tests stub and verify through {@link Peers}.
 */
public class PeerServicesWireMock implements QuarkusTestResourceLifecycleManager {

    private WireMockServer server;

    @Override
    public Map<String, String> start() {
        // The journal keeps 1 KiB of each answer: an endless body (EndlessBody) must not be read again to log it.
        server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1")
                .extensions(new EndlessBody()).maxLoggedResponseSize(1024));
        server.start();
        String base = "http://127.0.0.1:" + server.port();
        return Map.of(
                "consent.services.redaction.url", base + "/redaction",
                "consent.services.bot.url", base + "/bot",
                "consent.services.escalation.url", base + "/escalation",
                "test.peers.port", String.valueOf(server.port()));
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }
}
