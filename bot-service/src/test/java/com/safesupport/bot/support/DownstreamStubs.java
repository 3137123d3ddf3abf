package com.safesupport.bot.support;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

/**
 * One WireMock server standing in for the three services outside this module — consent-, redaction- and
 * escalation-service, each stubbed to its contract in DESIGN.md — and for the OpenAI-compatible LLM endpoint.
 * They are built by other teams at the same time; the stubs are the agreed shapes, not guesses.
 */
public class DownstreamStubs implements QuarkusTestResourceLifecycleManager {

    private static WireMockServer server;

    public static WireMockServer server() {
        return server;
    }

    @Override
    public Map<String, String> start() {
        if (server == null) {
            server = new WireMockServer(WireMockConfiguration.options().dynamicPort().extensions(new FakeRedaction()));
            server.start();
        }
        resetToHealthy();
        String base = "http://localhost:" + server.port();
        return Map.of(
                "quarkus.rest-client.consent.url", base,
                "quarkus.rest-client.redaction.url", base,
                "quarkus.rest-client.escalation.url", base,
                "quarkus.langchain4j.openai.base-url", base + "/llm/v1/");
    }

    @Override
    public void stop() {
        // One server for every test class of the JVM; it goes with the JVM.
    }

    /** Every downstream service up, consent given for everyone. */
    public static void resetToHealthy() {
        server.resetAll();
        givenConsent("GIVEN", true);
        server.stubFor(post(urlPathEqualTo("/v1/redact")).willReturn(aResponse().withTransformers(FakeRedaction.NAME)));
        server.stubFor(post(urlPathEqualTo("/v1/handoffs")).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"ticketId\":\"7d0a3c55-1111-4000-8000-00000000cafe\",\"status\":\"OPEN\",\"queue\":\"general\","
                        + "\"priority\":\"NORMAL\",\"firstResponseDueAt\":\"2026-11-23T12:00:00Z\"}")));
        server.stubFor(post(urlPathMatching("/v1/handoffs/[^/]+/customer-messages")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"ticketId\":\"7d0a3c55-1111-4000-8000-00000000cafe\",\"status\":\"IN_PROGRESS\",\"queue\":\"general\","
                        + "\"priority\":\"NORMAL\"}")));
    }

    public static void givenConsent(String state, boolean allowed) {
        server.stubFor(get(urlPathMatching("/v1/subjects/[^/]+/decisions/ai-assistance")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withHeader("ETag", "\"v1-" + state + "\"")
                .withHeader("Cache-Control", "max-age=5")
                .withBody("{\"subjectId\":\"s\",\"purpose\":\"ai-assistance\",\"allowed\":" + allowed + ",\"state\":\"" + state
                        + "\",\"legalBasis\":\"consent\",\"noticeVersion\":\"2026-01\",\"decidedAt\":\"2026-11-01T10:00:00Z\","
                        + "\"expiresAt\":null,\"evidenceEventId\":\"e-1\"}")));
    }
}
