package com.safesupport.bot.conversation;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.safesupport.bot.handoff.HandoffService;
import com.safesupport.bot.support.BotTest;
import com.safesupport.bot.support.DownstreamStubs;
import com.safesupport.testing.LogCapture;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each of consent-, redaction- and escalation-service in turn refuses the connection (nobody listens on its port)
 * while the other two answer. Each dependency has a port of its own, served by a WireMock proxy in front of the
 * shared stubs; the test stops one proxy for the fault and starts it again on the same port for the recovery.
 * Expected as in the ft sweep (docs/bot.md, "Faults of consent-, redaction- and escalation-service"): consent and
 * redaction fail closed to a person, a hand-off is kept and delivered once escalation-service is back.
 */
@QuarkusTest
@TestProfile(FmRefusedPeersTest.OwnPorts.class)
class FmRefusedPeersTest extends BotTest {

    private static final String TICKET = "7d0a3c55-1111-4000-8000-00000000cafe";
    /** The turn's deadline (8 s) plus the hand-off's own bounded delivery, as in the ft sweep. */
    private static final Duration TURN_BOUND = Duration.ofSeconds(20);

    enum Peer {
        CONSENT, REDACTION, ESCALATION;

        final int port = freePort();

        String key() {
            return "quarkus.rest-client." + name().toLowerCase() + ".url";
        }
    }

    /** Every dependency on a port of its own, so that one can refuse while the others answer. */
    public static class OwnPorts implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(Peer.CONSENT.key(), "http://localhost:" + Peer.CONSENT.port,
                    Peer.REDACTION.key(), "http://localhost:" + Peer.REDACTION.port,
                    Peer.ESCALATION.key(), "http://localhost:" + Peer.ESCALATION.port);
        }
    }

    private static final Map<Peer, WireMockServer> PROXIES = new HashMap<>();

    @Inject
    HandoffService handoffs;

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void up(Peer peer) {
        WireMockServer proxy = new WireMockServer(WireMockConfiguration.options().port(peer.port));
        proxy.start();
        proxy.stubFor(any(anyUrl()).willReturn(aResponse().proxiedFrom("http://localhost:" + DownstreamStubs.server().port())));
        PROXIES.put(peer, proxy);
    }

    private static void refuse(Peer peer) {
        PROXIES.remove(peer).stop();
    }

    @BeforeEach
    void everyPeerAnswers() {
        for (Peer peer : Peer.values()) {
            assertEquals("http://localhost:" + peer.port, ConfigProvider.getConfig().getValue(peer.key(), String.class),
                    "the profile did not give " + peer + " a port of its own");
            if (!PROXIES.containsKey(peer)) {
                up(peer);
            }
        }
    }

    @AfterEach
    void stopProxies() {
        PROXIES.values().forEach(WireMockServer::stop);
        PROXIES.clear();
    }

    private static JsonPath bounded(String subject, String conversation, String text) {
        return assertTimeoutPreemptively(TURN_BOUND,
                () -> say(subject, conversation, text).statusCode(200).extract().jsonPath(),
                "the turn did not end within its bound");
    }

    @Test
    void refusedConsentServiceFailsClosedToAPerson() {
        refuse(Peer.CONSENT);
        String subject = newSubject();
        String id = start(subject);
        try (LogCapture logs = LogCapture.start()) {
            JsonPath reply = bounded(subject, id, "How do I activate my card? I am " + LogCapture.PERSONAL.getFirst());
            assertEquals("ESCALATED", reply.getString("kind"), reply.prettify());
            assertTrue(reply.getList("explanation.reasons").contains("NO_CONSENT"), reply.prettify());
            assertTrue(reply.getList("explanation.reasons").contains("SYSTEM_DEGRADED"), reply.prettify());
            assertTrue(reply.getList("sources").isEmpty(), reply.prettify());
            logs.assertNoneOf(LogCapture.PERSONAL.getFirst());
        }
        up(Peer.CONSENT);
        recovers();
    }

    @Test
    void refusedRedactionServiceNeverLetsTextThrough() {
        refuse(Peer.REDACTION);
        String subject = newSubject();
        String id = start(subject);
        String personal = LogCapture.PERSONAL.getFirst();
        try (LogCapture logs = LogCapture.start()) {
            JsonPath reply = bounded(subject, id, "How do I activate my card? I am " + personal);
            assertEquals("SYSTEM", reply.getString("author"), reply.prettify());
            assertEquals("ESCALATED", reply.getString("kind"), reply.prettify());
            assertTrue(reply.getList("explanation.reasons").contains("SYSTEM_DEGRADED"), reply.prettify());
            assertTrue(reply.getList("sources").isEmpty(), reply.prettify());
            assertFalse(reply.prettify().contains(personal), reply.prettify());
            logs.assertNoneOf(personal);
        }
        given().auth().oauth2(TOKENS.customer(subject)).when().get("/v1/conversations/" + id)
                .then().statusCode(200).body("messages[1].text", is(TurnRecorder.WITHHELD));
        up(Peer.REDACTION);
        recovers();
    }

    @Test
    void refusedEscalationServiceLosesNoHandoff() {
        refuse(Peer.ESCALATION);
        String subject = newSubject();
        String id = start(subject);
        JsonPath reply = bounded(subject, id, "agent please");
        assertEquals("ESCALATED", reply.getString("kind"), reply.prettify());
        given().auth().oauth2(TOKENS.customer(subject)).when().get("/v1/conversations/" + id)
                .then().statusCode(200).body("control", is("HUMAN"));

        up(Peer.ESCALATION);
        clock.advance(Duration.ofMinutes(10));
        assertTimeoutPreemptively(TURN_BOUND, () -> handoffs.deliverDue());
        given().auth().oauth2(TOKENS.customer(subject)).when().get("/v1/conversations/" + id)
                .then().statusCode(200).body("handoff.ticketId", is(TICKET));
    }

    /** The dependency is back: the refusal did not open a breaker or leave state behind. */
    private void recovers() {
        consentGate.clear();
        String next = newSubject();
        JsonPath reply = bounded(next, start(next), "How do I activate my card?");
        assertEquals("ANSWER", reply.getString("kind"), reply.prettify());
    }
}
