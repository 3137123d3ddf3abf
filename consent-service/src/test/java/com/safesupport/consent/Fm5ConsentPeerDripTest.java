package com.safesupport.consent;

import com.github.tomakehurst.wiremock.client.WireMock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.safesupport.consent.ConsentSteps.TOKENS;
import static com.safesupport.consent.ConsentSteps.newSubject;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A peer that drips a valid answer (100 chunks over 30 s, so the client's read timeout, an idle timeout as long as the
 * peer's timeout, never fires) must not hold consent-service's blocking calls past the peer's timeout: the
 * agent-consent rule's held-tickets check (escalation-service) and the connectivity check. docs/bot.md, "Faults, fifth
 * sweep (fm5)".
 * <p>It runs under {@link Fm10DatabaseStallTest.ThroughProxy}, as {@link FtDsrPeerFaultsTest} does (one Quarkus start
 * with the database fault tests; the database stays up): a peer's timeout is 2 s there, not the test profile's 5 s,
 * so each drip is cut after 2 s instead of 5 (docs/benchmarks.md, "Test time, stop 60 (ct7)"). The mechanism under
 * test is the same; {@link FtDsrPeerFaultsTest#assertPeerTimeout} checks the running service has that bound.
 */
@QuarkusTest
@TestProfile(Fm10DatabaseStallTest.ThroughProxy.class)
class Fm5ConsentPeerDripTest {

    private static final String MARKER = "Drip-Marker-Hollin";
    /** The peer's timeout (2 s in this profile, 5 s in the test profile) and a margin for a loaded machine; the drip lasts 30 s. */
    private static final Duration BOUND = Duration.ofSeconds(12);

    final WireMock peers = Peers.wiremock();

    @AfterEach
    void resetPeers() {
        peers.resetMappings();
        peers.resetRequests();
    }

    @Test
    void aDrippingHeldTicketsCheckIsA503WithinThePeersTimeoutAndRecordsNothing() {
        FtDsrPeerFaultsTest.assertPeerTimeout();
        String subject = newSubject();
        String ticket = UUID.randomUUID().toString();
        // A valid answer that would grant the authority, had it arrived whole in time.
        peers.register(get(urlPathEqualTo("/escalation/v1/subjects/" + subject + "/held-tickets"))
                .willReturn(aResponse().withHeader("Content-Type", "application/json")
                        .withBody("{\"subjectId\":\"" + subject + "\",\"agent\":\"agent-5\",\"marker\":\"" + MARKER
                                + "\",\"tickets\":[{\"ticketId\":\"" + ticket + "\",\"status\":\"IN_PROGRESS\"}]}")
                        .withChunkedDribbleDelay(100, 30_000)));

        Response answer = assertTimeoutPreemptively(BOUND, () -> given().auth().oauth2(TOKENS.user("agent-5", "agent"))
                        .when().delete("/v1/subjects/{s}/consents/analytics", subject),
                "the consent call waited for escalation-service's dripping held-tickets answer");
        assertEquals(503, answer.statusCode(), answer.asString());
        assertTrue(answer.contentType().startsWith("application/problem+json"), answer.contentType());
        assertFalse(answer.asString().contains(MARKER), "part of the peer's answer reached the caller");
        given().auth().oauth2(TOKENS.customer(subject)).when().get("/v1/subjects/{s}/consents/history", subject)
                .then().statusCode(200).body("size()", org.hamcrest.Matchers.is(0));
    }

    @Test
    void aDrippingPeerIsReportedUnreachableWithinItsTimeout() {
        FtDsrPeerFaultsTest.assertPeerTimeout();
        peers.register(get(urlEqualTo("/bot/v1/whoami")).willReturn(aResponse().withHeader("Content-Type", "application/json")
                .withBody("{\"subject\":\"service-account-consent-service\",\"clientId\":\"" + MARKER + "\",\"roles\":[\"svc-consent\"]}")
                .withChunkedDribbleDelay(100, 30_000)));
        for (String peer : List.of("escalation", "redaction")) {
            peers.register(get(urlEqualTo("/" + peer + "/v1/whoami"))
                    .willReturn(okJson("{\"subject\":\"service-account-consent-service\",\"clientId\":\"consent-service\",\"roles\":[\"svc-consent\"]}")));
        }

        Response answer = assertTimeoutPreemptively(BOUND, () -> given().auth().oauth2(TOKENS.user("petra", "privacy-officer"))
                        .when().get("/v1/connectivity"),
                "the connectivity check waited for bot's dripping answer");
        assertEquals(200, answer.statusCode(), answer.asString());
        assertFalse(answer.asString().contains(MARKER), "part of the peer's answer reached the caller");
        List<Map<String, Object>> peersSeen = answer.jsonPath().getList("$");
        Map<String, Object> bot = peersSeen.stream().filter(p -> "bot".equals(p.get("service"))).findFirst().orElseThrow();
        assertEquals(false, bot.get("reachable"), bot.toString());
        assertTrue(peersSeen.stream().filter(p -> !"bot".equals(p.get("service"))).allMatch(p -> Boolean.TRUE.equals(p.get("reachable"))),
                peersSeen.toString());
    }
}
