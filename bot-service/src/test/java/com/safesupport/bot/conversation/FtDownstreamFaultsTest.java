package com.safesupport.bot.conversation;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.safesupport.bot.handoff.HandoffService;
import com.safesupport.bot.support.BotTest;
import com.safesupport.bot.support.DownstreamStubs;
import com.safesupport.testing.DatabaseOutage;
import com.safesupport.testing.LogCapture;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Duration;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A fault sweep of bot-service's outgoing calls (consent-, redaction- and escalation-service): each downstream in
 * turn resets the connection, closes it empty, sends garbage, answers not-JSON, the wrong JSON shape, a 5xx whose
 * body quotes a marker, an oversized body, nothing for longer than the bot waits, or a body that drips in. The
 * customer's message is always answered within the turn's bounds, fails closed (consent, redaction) or keeps the
 * hand-off for later (escalation), never quotes the downstream's body, logs no personal data, and the next message
 * after the dependency is back is served normally.
 * <p>It runs under {@link Fm6DatabaseDownTest.ThroughProxy} (one Quarkus start with the database fault tests; the
 * database stays up, {@link DatabaseOutage} gives it back before each test):
 * the REST clients' read timeout is 750 ms there instead of 1,500 ms, so each silent or dripping downstream (SLOW,
 * SLOW_DRIP; the platform's WholeAnswerBound cuts a dripped answer at the same bound) is waited out for 2 x 0.75 s
 * (docs/benchmarks.md, "Test time, stop 57 (ct2)"). {@link #assertReadTimeout} checks the running service has that
 * bound.
 */
@QuarkusTest
@TestProfile(Fm6DatabaseDownTest.ThroughProxy.class)
class FtDownstreamFaultsTest extends BotTest implements DatabaseOutage {

    /** A value a downstream's body carries; it must never appear in the bot's answer or logs. */
    static final String MARKER = "Zebulon Quagmire-Fennimore";
    private static final String TICKET = "7d0a3c55-1111-4000-8000-00000000cafe";
    /** Longest a faulty turn may take: the turn's deadline (8 s) plus the hand-off's own bounded delivery. */
    private static final Duration TURN_BOUND = Duration.ofSeconds(20);

    @Inject
    HandoffService handoffs;

    enum Kind {
        CONNECTION_RESET, EMPTY_RESPONSE, GARBAGE_THEN_CLOSE, NOT_JSON, WRONG_SHAPE, OTHER_OBJECT, SERVER_ERROR_WITH_BODY, OVERSIZED,
        SLOW, SLOW_DRIP;

        ResponseDefinitionBuilder response(String validBody) {
            return switch (this) {
                case CONNECTION_RESET -> aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER);
                case EMPTY_RESPONSE -> aResponse().withFault(Fault.EMPTY_RESPONSE);
                case GARBAGE_THEN_CLOSE -> aResponse().withFault(Fault.RANDOM_DATA_THEN_CLOSE);
                case NOT_JSON -> json(200).withBody("<html>" + MARKER + "</html>");
                case WRONG_SHAPE -> json(200).withBody("[{\"unexpected\":\"" + MARKER + "\"}]");
                case OTHER_OBJECT -> json(200).withBody("{\"unexpected\":\"" + MARKER + "\"}");
                case SERVER_ERROR_WITH_BODY -> aResponse().withStatus(500).withHeader("Content-Type", "text/plain")
                        .withBody("java.lang.IllegalStateException: " + MARKER);
                case OVERSIZED -> json(200).withBody("{\"text\":\"" + MARKER + " " + "x".repeat(12 * 1024 * 1024) + "\"}");
                case SLOW -> json(200).withBody(validBody).withFixedDelay(10_000);
                case SLOW_DRIP -> json(200).withBody(validBody).withChunkedDribbleDelay(validBody.length(), 10_000);
            };
        }

        private static ResponseDefinitionBuilder json(int status) {
            return aResponse().withStatus(status).withHeader("Content-Type", "application/json");
        }
    }

    private static final String VALID_DECISION = "{\"subjectId\":\"s\",\"purpose\":\"ai-assistance\",\"allowed\":true,"
            + "\"state\":\"GIVEN\",\"legalBasis\":\"consent\",\"noticeVersion\":\"2026-01\",\"decidedAt\":\"2026-11-01T10:00:00Z\","
            + "\"expiresAt\":null,\"evidenceEventId\":\"e-1\"}";
    private static final String VALID_REDACTED = "{\"text\":\"How do I activate my card?\",\"entities\":[],\"language\":\"en\"}";
    private static final String VALID_TICKET = "{\"ticketId\":\"" + TICKET + "\",\"status\":\"OPEN\",\"queue\":\"general\","
            + "\"priority\":\"NORMAL\",\"firstResponseDueAt\":\"2026-11-23T12:00:00Z\"}";

    /** The SLOW cases wait this out: the downstream's 10 s delay must outlast it, and it is this profile's. */
    @BeforeEach
    void assertReadTimeout() {
        assertEquals(Fm6DatabaseDownTest.ThroughProxy.READ_TIMEOUT_MS,
                ConfigProvider.getConfig().getValue("quarkus.rest-client.read-timeout", Integer.class),
                "the running service's REST read timeout is not this profile's");
    }

    private static JsonPath bounded(String subject, String conversation, String text) {
        return assertTimeoutPreemptively(TURN_BOUND,
                () -> say(subject, conversation, text).statusCode(200).extract().jsonPath(),
                "the turn did not end within its bound");
    }

    private static void assertQuotesNothing(JsonPath reply) {
        assertFalse(reply.prettify().contains(MARKER), "the downstream's body reached the answer: " + reply.prettify());
        assertFalse(reply.prettify().contains("xxxxxxxx"), "the downstream's body reached the answer");
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aFaultyConsentServiceFailsClosedToAPerson(Kind kind) {
        DownstreamStubs.server().stubFor(get(urlPathMatching("/v1/subjects/[^/]+/decisions/ai-assistance")).atPriority(1)
                .willReturn(kind.response(VALID_DECISION)));
        String subject = newSubject();
        String id = start(subject);
        try (LogCapture logs = LogCapture.start()) {
            JsonPath reply = bounded(subject, id, "How do I activate my card? I am " + LogCapture.PERSONAL.getFirst());
            assertEquals("ESCALATED", reply.getString("kind"), reply.prettify());
            assertTrue(reply.getList("explanation.reasons").contains("NO_CONSENT"), reply.prettify());
            assertTrue(reply.getList("explanation.reasons").contains("SYSTEM_DEGRADED"), reply.prettify());
            assertTrue(reply.getList("sources").isEmpty(), reply.prettify());
            assertQuotesNothing(reply);
            logs.assertNoneOf(MARKER, LogCapture.PERSONAL.getFirst());
        }
        recovers();
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aFaultyRedactionServiceNeverLetsTextThrough(Kind kind) {
        DownstreamStubs.server().stubFor(post(urlPathEqualTo("/v1/redact")).atPriority(1)
                .willReturn(kind.response(VALID_REDACTED)));
        String subject = newSubject();
        String id = start(subject);
        String personal = LogCapture.PERSONAL.getFirst();
        try (LogCapture logs = LogCapture.start()) {
            JsonPath reply = bounded(subject, id, "How do I activate my card? I am " + personal);
            assertEquals("SYSTEM", reply.getString("author"), reply.prettify());
            assertEquals("ESCALATED", reply.getString("kind"), reply.prettify());
            assertTrue(reply.getList("explanation.reasons").contains("SYSTEM_DEGRADED"), reply.prettify());
            assertTrue(reply.getList("sources").isEmpty(), reply.prettify());
            assertQuotesNothing(reply);
            assertFalse(reply.prettify().contains(personal), reply.prettify());
            logs.assertNoneOf(MARKER, personal);
        }
        given().auth().oauth2(TOKENS.customer(subject)).when().get("/v1/conversations/" + id)
                .then().statusCode(200).body("messages[1].text", is(TurnRecorder.WITHHELD));
        recovers();
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aFaultyEscalationServiceLosesNoHandoff(Kind kind) {
        DownstreamStubs.server().stubFor(post(urlPathEqualTo("/v1/handoffs")).atPriority(1)
                .willReturn(kind.response(VALID_TICKET)));
        String subject = newSubject();
        String id = start(subject);
        try (LogCapture logs = LogCapture.start()) {
            JsonPath reply = bounded(subject, id, "agent please");
            assertEquals("ESCALATED", reply.getString("kind"), reply.prettify());
            assertQuotesNothing(reply);
            assertTrue(logs.lines().stream().noneMatch(line -> line.contains(MARKER)), "the downstream's body was logged");
        }
        given().auth().oauth2(TOKENS.customer(subject)).when().get("/v1/conversations/" + id)
                .then().statusCode(200).body("control", is("HUMAN"));

        DownstreamStubs.resetToHealthy();
        clock.advance(Duration.ofMinutes(10));
        assertTimeoutPreemptively(TURN_BOUND, () -> handoffs.deliverDue());
        given().auth().oauth2(TOKENS.customer(subject)).when().get("/v1/conversations/" + id)
                .then().statusCode(200).body("handoff.ticketId", is(TICKET));
    }

    /** The dependency is back: one fault did not open a breaker or leave state behind. */
    private void recovers() {
        DownstreamStubs.resetToHealthy();
        consentGate.clear();
        String next = newSubject();
        JsonPath reply = bounded(next, start(next), "How do I activate my card?");
        assertEquals("ANSWER", reply.getString("kind"), reply.prettify());
    }
}
