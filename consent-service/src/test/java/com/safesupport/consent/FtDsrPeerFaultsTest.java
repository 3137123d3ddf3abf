package com.safesupport.consent;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.http.Fault;
import com.safesupport.consent.dsr.DsrJobs;
import com.safesupport.testing.DatabaseOutage;
import com.safesupport.testing.LogCapture;
import com.safesupport.testing.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Duration;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.safesupport.consent.ConsentSteps.TOKENS;
import static com.safesupport.consent.ConsentSteps.newSubject;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A fault sweep of the data-subject request's calls to the other services: one peer resets the connection, closes it
 * empty, sends garbage, answers not-JSON or JSON of another shape, a 5xx whose body quotes a marker, nothing for
 * longer than the client waits, or a body that drips in for longer than the call may take. The erasure is always
 * answered within a bound, never 500, records that peer's step as failed (never as done) without its body, logs
 * nothing of it, and completes once the peer is back (the accepted step is not lost).
 * <p>It runs under {@link Fm10DatabaseStallTest.ThroughProxy} (one Quarkus start with the database fault tests; the
 * database stays up, {@link DatabaseOutage} gives it back before each test): a peer's timeout is 2 s there, not the
 * test profile's 5 s, so its two slow peers wait 4 x 2 s each instead of 4 x 5 s (docs/benchmarks.md, "Test time,
 * stop 57 (ct2)"). The mechanism under test (each attempt cut at the peer's timeout, retried, the step failed) is the
 * same; {@link #assertPeerTimeout} checks the running service has that bound.
 */
@QuarkusTest
@TestProfile(Fm10DatabaseStallTest.ThroughProxy.class)
class FtDsrPeerFaultsTest implements DatabaseOutage {

    static final String OFFICER = TOKENS.user("petra", "privacy-officer");
    /** Quoted by the faulty peer; never in consent-service's answer or logs. */
    static final String MARKER = "Ottoline Brackenbury-Vance";
    /** Four attempts at the peer's timeout (2 s in this profile) with backoff, or one call cut by the 30 s @Timeout. */
    private static final Duration EXECUTION_BOUND = Duration.ofSeconds(50);

    final WireMock peers = Peers.wiremock();

    @Inject
    TestClock clock;

    @Inject
    DsrJobs jobs;

    @AfterEach
    void reset() {
        clock.reset();
        peers.resetMappings();
        peers.resetRequests();
    }

    enum Kind {
        CONNECTION_RESET, EMPTY_RESPONSE, GARBAGE_THEN_CLOSE, NOT_JSON, OTHER_OBJECT, SERVER_ERROR_WITH_BODY, SLOW, SLOW_DRIP;

        ResponseDefinitionBuilder response(String validBody) {
            return switch (this) {
                case CONNECTION_RESET -> aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER);
                case EMPTY_RESPONSE -> aResponse().withFault(Fault.EMPTY_RESPONSE);
                case GARBAGE_THEN_CLOSE -> aResponse().withFault(Fault.RANDOM_DATA_THEN_CLOSE);
                case NOT_JSON -> aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody("<html>" + MARKER + "</html>");
                case OTHER_OBJECT -> okJson("{\"unexpected\":\"" + MARKER + "\"}");
                case SERVER_ERROR_WITH_BODY -> aResponse().withStatus(500).withHeader("Content-Type", "text/plain")
                        .withBody("java.lang.IllegalStateException: " + MARKER);
                case SLOW -> okJson(validBody).withFixedDelay(8_000);
                case SLOW_DRIP -> okJson(validBody).withChunkedDribbleDelay(validBody.length(), 90_000);
            };
        }
    }

    /** The slow cases wait this out: 8 s of fixed delay and a 90 s drip must both outlast it. */
    static void assertPeerTimeout() {
        assertEquals(Duration.parse("PT" + Fm10DatabaseStallTest.ThroughProxy.PEER_TIMEOUT),
                ConfigProvider.getConfig().getValue("consent.services.bot.timeout", Duration.class),
                "the running service's peer timeout is not this profile's");
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aFaultyPeerLeavesTheErasurePartialThenItCompletes(Kind kind) {
        assertPeerTimeout();
        String subject = newSubject();
        String botPath = DsrTest.dataPath("bot", subject);
        peers.register(delete(urlEqualTo(botPath)).willReturn(kind.response(DsrTest.erased("bot", subject))));
        for (String peer : new String[] {"escalation", "redaction"}) {
            peers.register(delete(urlEqualTo(DsrTest.dataPath(peer, subject))).willReturn(okJson(DsrTest.erased(peer, subject))));
        }
        String id = given().auth().oauth2(TOKENS.customer(subject)).contentType(ContentType.JSON)
                .body("{\"type\":\"ERASURE\",\"jurisdiction\":\"GDPR\"}").when().post("/v1/dsr")
                .then().statusCode(201).extract().path("id");

        try (LogCapture logs = LogCapture.start()) {
            JsonPath executed = assertTimeoutPreemptively(EXECUTION_BOUND, () -> given().auth().oauth2(OFFICER)
                    .when().post("/v1/dsr/{id}/execute", id).then().statusCode(200).extract().jsonPath(),
                    "the execution did not end within its bound");
            assertEquals("PARTIALLY_COMPLETED", executed.getString("status"), executed.prettify());
            assertEquals("FAILED", executed.getString("results.find { it.service == 'bot' }.outcome"), executed.prettify());
            assertEquals("SUCCEEDED", executed.getString("results.find { it.service == 'escalation' }.outcome"), executed.prettify());
            assertFalse(executed.prettify().contains(MARKER), "the peer's body reached the answer: " + executed.prettify());
            assertTrue(logs.lines().stream().noneMatch(line -> line.contains(MARKER)), "the peer's body was logged");
        }

        peers.register(delete(urlEqualTo(botPath)).atPriority(1).willReturn(okJson(DsrTest.erased("bot", subject))));
        clock.advance(Duration.ofMinutes(16));
        assertTimeoutPreemptively(EXECUTION_BOUND, () -> jobs.work());
        given().auth().oauth2(OFFICER).when().get("/v1/dsr/{id}", id).then().statusCode(200).body("status", is("COMPLETED"));
    }
}
