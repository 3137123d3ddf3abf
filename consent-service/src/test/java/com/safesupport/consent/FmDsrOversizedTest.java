package com.safesupport.consent;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.safesupport.consent.dsr.DsrJobs;
import com.safesupport.testing.LogCapture;
import com.safesupport.testing.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
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
 * A peer answering an export with far more than an export may hold: 12 MB at once, or a body that never ends, sent at
 * full speed. consent-service reads at most {@code consent.services.<name>.max-answer-size} (4 MB by default) of an
 * answer, takes more as no answer (retried with backoff), keeps nothing of it (answer, log, request record), and
 * completes the request once the peer answers normally.
 */
@QuarkusTest
class FmDsrOversizedTest {

    static final String OFFICER = TOKENS.user("petra", "privacy-officer");
    /** Quoted in the 12 MB answer; never in consent-service's answer, records or logs. */
    static final String MARKER = "Leopoldine Strathcarron-Abiodun";
    /** Four attempts, each cut at the size cap or at the peer's timeout (5 s in tests), with backoff. */
    private static final Duration EXECUTION_BOUND = Duration.ofSeconds(40);
    private static final int TWELVE_MB = 12 * 1024 * 1024;

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

    @Test
    void aTwelveMegabyteExportIsNoAnswerThenTheRequestCompletes() {
        String subject = newSubject();
        StringBuilder records = new StringBuilder("[");
        String record = "{\"kind\":\"message\",\"text\":\"" + MARKER + "\"}";
        while (records.length() < TWELVE_MB) {
            records.append(record).append(',');
        }
        records.append(record).append(']');
        String body = DsrTest.export("bot", subject, records.toString());
        assertTrue(body.length() > TWELVE_MB);
        oversizedExportThenRecovery(subject, okJson(body), MARKER);
    }

    @Test
    void anEndlessExportIsCutAndIsNoAnswerThenTheRequestCompletes() {
        String subject = newSubject();
        oversizedExportThenRecovery(subject, aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                .withTransformers(EndlessBody.NAME).withTransformerParameter("subject", subject), EndlessBody.QUOTE);
    }

    @Test
    void aRefusalIsStillFinalNowThatAnswersAreStreamed() {
        String subject = newSubject();
        peers.register(get(urlEqualTo(DsrTest.dataPath("bot", subject))).willReturn(aResponse().withStatus(403)
                .withHeader("Content-Type", "application/json").withBody("{\"detail\":\"" + MARKER + "\"}")));
        for (String peer : new String[] {"escalation", "redaction"}) {
            peers.register(get(urlEqualTo(DsrTest.dataPath(peer, subject)))
                    .willReturn(okJson(DsrTest.export(peer, subject, "[]"))));
        }
        String id = given().auth().oauth2(TOKENS.customer(subject)).contentType(ContentType.JSON)
                .body("{\"type\":\"ACCESS\",\"jurisdiction\":\"GDPR\"}").when().post("/v1/dsr")
                .then().statusCode(201).extract().path("id");
        JsonPath executed = given().auth().oauth2(OFFICER).when().post("/v1/dsr/{id}/execute", id)
                .then().statusCode(200).extract().jsonPath();
        assertEquals("{\"failure\":\"refused\"}", executed.getString("results.find { it.service == 'bot' }.summary"), executed.prettify());
        assertEquals(403, executed.getInt("results.find { it.service == 'bot' }.httpStatus"), executed.prettify());
        assertEquals(1, executed.getInt("results.find { it.service == 'bot' }.attempts"), executed.prettify());
        assertFalse(executed.prettify().contains(MARKER));
    }

    private void oversizedExportThenRecovery(String subject, ResponseDefinitionBuilder botAnswer, String quote) {
        String botPath = DsrTest.dataPath("bot", subject);
        peers.register(get(urlEqualTo(botPath)).willReturn(botAnswer));
        for (String peer : new String[] {"escalation", "redaction"}) {
            peers.register(get(urlEqualTo(DsrTest.dataPath(peer, subject)))
                    .willReturn(okJson(DsrTest.export(peer, subject, "[{\"kind\":\"" + peer + "-record\"}]"))));
        }
        String id = given().auth().oauth2(TOKENS.customer(subject)).contentType(ContentType.JSON)
                .body("{\"type\":\"ACCESS\",\"jurisdiction\":\"GDPR\"}").when().post("/v1/dsr")
                .then().statusCode(201).extract().path("id");

        try (LogCapture logs = LogCapture.start()) {
            JsonPath executed = assertTimeoutPreemptively(EXECUTION_BOUND, () -> given().auth().oauth2(OFFICER)
                    .when().post("/v1/dsr/{id}/execute", id).then().statusCode(200).extract().jsonPath(),
                    "the execution did not end within its bound");
            String answer = executed.prettify();
            assertEquals("PARTIALLY_COMPLETED", executed.getString("status"), answer);
            assertEquals("FAILED", executed.getString("results.find { it.service == 'bot' }.outcome"), answer);
            assertEquals("{\"failure\":\"too-large\"}", executed.getString("results.find { it.service == 'bot' }.summary"), answer);
            assertEquals(4, executed.getInt("results.find { it.service == 'bot' }.attempts"), answer);
            assertEquals("SUCCEEDED", executed.getString("results.find { it.service == 'redaction' }.outcome"), answer);
            assertFalse(answer.contains(quote), "the peer's body reached the answer");
            String record = given().auth().oauth2(OFFICER).when().get("/v1/dsr/{id}", id).then().statusCode(200)
                    .extract().asString();
            assertFalse(record.contains(quote), "the peer's body reached the request record");
            assertTrue(logs.lines().stream().noneMatch(line -> line.contains(quote)), "the peer's body was logged");
        }
        peers.verifyThat(exactly(4), getRequestedFor(urlEqualTo(botPath)));

        peers.register(get(urlEqualTo(botPath)).atPriority(1)
                .willReturn(okJson(DsrTest.export("bot", subject, "[{\"kind\":\"bot-record\"}]"))));
        clock.advance(Duration.ofMinutes(16));
        assertTimeoutPreemptively(EXECUTION_BOUND, () -> jobs.work());
        given().auth().oauth2(OFFICER).when().get("/v1/dsr/{id}", id).then().statusCode(200).body("status", is("COMPLETED"));
        given().auth().oauth2(TOKENS.customer(subject)).when().get("/v1/dsr/{id}/bundle", id).then().statusCode(200)
                .body("services.bot.records[0].kind", is("bot-record"));
    }
}
