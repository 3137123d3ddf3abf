package com.safesupport.consent;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.safesupport.consent.dsr.DsrJobs;
import com.safesupport.testing.AuthMatrix;
import com.safesupport.testing.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.safesupport.consent.ConsentSteps.ALICE;
import static com.safesupport.consent.ConsentSteps.BOB;
import static com.safesupport.consent.ConsentSteps.REUSED;
import static com.safesupport.consent.ConsentSteps.TOKENS;
import static com.safesupport.consent.ConsentSteps.botAsks;
import static com.safesupport.consent.ConsentSteps.give;
import static com.safesupport.consent.ConsentSteps.newSubject;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Data-subject requests across the suite. WireMock plays bot-, escalation- and redaction-service: the requests they
 * receive here are the contract those services are held to (DESIGN.md, subject-data endpoints).
 */
@QuarkusTest
class DsrTest {

    static final String OFFICER = TOKENS.user("petra", "privacy-officer");

    final WireMock peers = Peers.wiremock();

    @Inject
    TestClock clock;

    @Inject
    DsrJobs jobs;

    @Inject
    javax.sql.DataSource db;

    @AfterEach
    void reset() {
        clock.reset();
        peers.resetMappings();
        peers.resetRequests();
    }

    @Test
    void everyRequestEndpointRefusesBadTokensAndOtherRoles() {
        String id = create(TOKENS.customer(newSubject()), "{\"type\":\"ACCESS\",\"jurisdiction\":\"GDPR\"}").statusCode(201).extract().path("id");
        AuthMatrix.of(REUSED, "POST", "/v1/dsr").body("{\"type\":\"ACCESS\",\"jurisdiction\":\"GDPR\"}")
                .allowing("customer", "privacy-officer").verify();
        AuthMatrix.of(REUSED, "GET", "/v1/dsr").allowing("customer", "privacy-officer").verify();
        AuthMatrix.of(REUSED, "POST", "/v1/dsr").body("{\"type\":\"ERASURE\",\"jurisdiction\":\"GDPR\",\"subjectId\":\"" + ALICE + "\"}")
                .allowing("customer", "privacy-officer").ofAnotherSubject("privacy-officer").verify();
        AuthMatrix.of(REUSED, "GET", "/v1/dsr/" + id).allowing("customer", "privacy-officer")
                .ofAnotherSubject("privacy-officer").verify();
        AuthMatrix.of(REUSED, "GET", "/v1/dsr/" + id + "/bundle").allowing("customer", "privacy-officer")
                .ofAnotherSubject("privacy-officer").verify();
        AuthMatrix.of(REUSED, "POST", "/v1/dsr/" + id + "/verify").body("{\"method\":\"id-document\"}").allowing("privacy-officer").verify();
        AuthMatrix.of(REUSED, "POST", "/v1/dsr/" + id + "/execute").allowing("privacy-officer").verify();
        AuthMatrix.of(REUSED, "POST", "/v1/dsr/" + id + "/extend").body("{\"reason\":\"r\",\"subjectInformed\":true}").allowing("privacy-officer").verify();
        AuthMatrix.of(REUSED, "POST", "/v1/dsr/" + id + "/reject").body("{\"reason\":\"r\"}").allowing("privacy-officer").verify();
        AuthMatrix.of(REUSED, "POST", "/v1/dsr/" + id + "/complete").body("{\"note\":\"n\"}").allowing("privacy-officer").verify();
        AuthMatrix.of(REUSED, "GET", "/v1/subjects/" + ALICE + "/data").allowing("svc-consent").verify();
        AuthMatrix.of(REUSED, "DELETE", "/v1/subjects/" + ALICE + "/data").allowing("svc-consent").verify();
    }

    @Test
    void aCustomerFilesOnlyForThemselvesAndSeesOnlyTheirOwnRequests() {
        // A subject of its own: one open request per type and subject (the DSR budget) must not meet another test's.
        String alice = newSubject();
        create(TOKENS.customer(BOB), "{\"type\":\"ACCESS\",\"jurisdiction\":\"GDPR\",\"subjectId\":\"" + alice + "\"}").statusCode(403);
        String id = create(TOKENS.customer(alice), "{\"type\":\"ERASURE\",\"jurisdiction\":\"GDPR\"}").statusCode(201)
                .body("subjectId", is(alice))
                .body("status", is("VERIFIED"))
                .body("verificationMethod", is("oidc-authenticated"))
                .extract().path("id");
        given().auth().oauth2(TOKENS.customer(BOB)).when().get("/v1/dsr/{id}", id).then().statusCode(403);
        given().auth().oauth2(TOKENS.customer(BOB)).when().get("/v1/dsr/{id}/bundle", id).then().statusCode(403);
        given().auth().oauth2(TOKENS.customer(BOB)).when().get("/v1/dsr?subjectId=" + alice).then().statusCode(200)
                .body("subjectId.findAll { it != '" + BOB + "' }", hasSize(0));
    }

    @Test
    void aCustomerHoldingAnotherRoleStillFilesOnlyForThemselves() {
        String mallory = newSubject();
        for (String second : new String[]{"agent", "supervisor", "svc-consent", "consent-recorder"}) {
            String twoRoles = TOKENS.user(mallory, "customer", second);
            create(twoRoles, "{\"type\":\"ERASURE\",\"jurisdiction\":\"GDPR\",\"subjectId\":\"" + ALICE + "\"}").statusCode(403);
        }
        String id = create(TOKENS.customer(newSubject()), "{\"type\":\"ACCESS\",\"jurisdiction\":\"GDPR\"}").statusCode(201).extract().path("id");
        given().auth().oauth2(TOKENS.user(mallory, "customer", "agent")).when().get("/v1/dsr/{id}", id).then().statusCode(403);
        given().auth().oauth2(TOKENS.user(mallory, "customer", "agent")).when().get("/v1/dsr/{id}/bundle", id).then().statusCode(403);
        // A privacy officer who is also a customer files their own request as a customer: own subject, self-verified.
        create(TOKENS.user(mallory, "customer", "privacy-officer"), "{\"type\":\"ACCESS\",\"jurisdiction\":\"GDPR\"}")
                .statusCode(201)
                .body("subjectId", is(mallory))
                .body("requestedByRole", is("customer"))
                .body("verificationMethod", is("oidc-authenticated"));
    }

    @Test
    void gdprRequestsAreDueInAMonthAndExtendableOnceByTwoWithTheSubjectInformed() {
        ValidatableResponse created = create(OFFICER, "{\"type\":\"RECTIFICATION\",\"jurisdiction\":\"GDPR\",\"subjectId\":\"" + newSubject()
                + "\",\"details\":\"The postal address is out of date.\"}")
                .statusCode(201).body("status", is("RECEIVED")).body("details", is("The postal address is out of date."));
        String id = created.extract().path("id");
        Instant received = Instant.parse(created.extract().path("receivedAt"));
        Instant due = Instant.parse(created.extract().path("dueAt"));
        assertEquals(received.atZone(ZoneOffset.UTC).plusMonths(1).toInstant(), due);
        officer("/v1/dsr/{id}/extend", id, "{\"reason\":\"complex request\",\"subjectInformed\":false}").statusCode(400);
        Instant extended = Instant.parse(officer("/v1/dsr/{id}/extend", id, "{\"reason\":\"complex request\",\"subjectInformed\":true}")
                .statusCode(200).body("extensionReason", is("complex request")).body("subjectInformedAt", notNullValue())
                .extract().path("dueAt"));
        assertEquals(due.atZone(ZoneOffset.UTC).plusMonths(2).toInstant(), extended);
        officer("/v1/dsr/{id}/extend", id, "{\"reason\":\"again\",\"subjectInformed\":true}").statusCode(409);
    }

    @Test
    void ccpaRequestsHaveReceiptConfirmedAndAreDueIn45DaysExtendableBy45() {
        ValidatableResponse created = create(OFFICER, "{\"type\":\"ACCESS\",\"jurisdiction\":\"CCPA\",\"subjectId\":\"" + newSubject() + "\"}")
                .statusCode(201).body("receiptConfirmedAt", notNullValue());
        Instant received = Instant.parse(created.extract().path("receivedAt"));
        Instant due = Instant.parse(created.extract().path("dueAt"));
        assertEquals(received.plus(Duration.ofDays(45)), due);
        Instant extended = Instant.parse(officer("/v1/dsr/{id}/extend", created.extract().path("id"),
                "{\"reason\":\"volume\",\"subjectInformed\":true}").statusCode(200).extract().path("dueAt"));
        assertEquals(due.plus(Duration.ofDays(45)), extended);
    }

    @Test
    void aPrivacyOfficerRecordsTheIdentityVerificationAndMayRejectWithAReason() {
        String id = create(OFFICER, "{\"type\":\"ACCESS\",\"jurisdiction\":\"GDPR\",\"subjectId\":\"" + newSubject() + "\"}")
                .body("status", is("RECEIVED")).extract().path("id");
        officer("/v1/dsr/{id}/execute", id, null).statusCode(409);
        officer("/v1/dsr/{id}/verify", id, "{\"method\":\"id-document\",\"note\":\"passport checked by phone\"}")
                .statusCode(200).body("status", is("VERIFIED")).body("verificationMethod", is("id-document"));
        String other = create(OFFICER, "{\"type\":\"ERASURE\",\"jurisdiction\":\"GDPR\",\"subjectId\":\"" + newSubject() + "\"}")
                .extract().path("id");
        officer("/v1/dsr/{id}/reject", other, "{\"reason\":\"identity could not be verified\"}")
                .statusCode(200).body("status", is("REJECTED")).body("rejectionReason", is("identity could not be verified"));
    }

    @Test
    void accessFansOutToEveryServiceAndBundlesTheirAnswers() {
        String subject = newSubject();
        give(subject, "ai-assistance");
        for (String peer : Peers.NAMES) {
            peers.register(get(urlEqualTo(dataPath(peer, subject)))
                    .willReturn(okJson(export(peer, subject, "[{\"kind\":\"" + peer + "-record\"}]"))));
        }
        String id = create(TOKENS.customer(subject), "{\"type\":\"ACCESS\",\"jurisdiction\":\"GDPR\"}").extract().path("id");
        officer("/v1/dsr/{id}/execute", id, null).statusCode(200)
                .body("status", is("COMPLETED"))
                .body("results", hasSize(4))
                .body("results.outcome.unique()", hasSize(1))
                .body("results[0].outcome", is("SUCCEEDED"))
                .body("results.find { it.service == 'bot' }.summary", is("{\"records\":1}"))
                .body("results.find { it.service == 'bot' }.responseSha256", matchesPattern("[0-9a-f]{64}"));
        for (String peer : Peers.NAMES) {
            peers.verifyThat(exactly(1), getRequestedFor(urlEqualTo(dataPath(peer, subject)))
                    .withHeader("Authorization", matching("Bearer .+")));
        }
        given().auth().oauth2(TOKENS.customer(subject)).when().get("/v1/dsr/{id}/bundle", id)
                .then().statusCode(200)
                .header("Content-Disposition", containsString("attachment"))
                .body("complete", is(true))
                .body("subjectId", is(subject))
                .body("services.bot.records[0].kind", is("bot-record"))
                .body("services.redaction.records[0].kind", is("redaction-record"))
                .body("services.'consent-service'.records.consentEvents[0].kind", is("GIVEN"));
    }

    @Test
    void erasureDeletesInEveryServiceAndKeepsTheLedgerVerifiable() {
        String subject = newSubject();
        give(subject, "ai-assistance");
        for (String peer : Peers.NAMES) {
            peers.register(delete(urlEqualTo(dataPath(peer, subject))).willReturn(okJson(erased(peer, subject))));
        }
        String id = create(OFFICER, "{\"type\":\"ERASURE\",\"jurisdiction\":\"GDPR\",\"subjectId\":\"" + subject
                + "\",\"verification\":{\"method\":\"account-login\"}}").body("status", is("VERIFIED")).extract().path("id");
        officer("/v1/dsr/{id}/execute", id, null).statusCode(200)
                .body("status", is("COMPLETED"))
                .body("results.find { it.service == 'consent-service' }.summary", containsString("\"consentEvents\":1"));
        for (String peer : Peers.NAMES) {
            peers.verifyThat(exactly(1), deleteRequestedFor(urlEqualTo(dataPath(peer, subject)))
                    .withHeader("Authorization", matching("Bearer .+")));
        }
        botAsks(subject, "ai-assistance").body("state", is("NOT_ASKED"));
        given().auth().oauth2(OFFICER).when().get("/v1/ledger/verify").then().statusCode(200).body("valid", is(true));
    }

    @Test
    void aServiceThatStaysDownLeavesTheRequestPartialAndItIsRetriedLaterForThatServiceOnly() {
        String subject = newSubject();
        peers.register(delete(urlEqualTo(dataPath("bot", subject))).willReturn(aResponse().withStatus(503)));
        peers.register(delete(urlEqualTo(dataPath("escalation", subject))).willReturn(okJson(erased("escalation", subject))));
        peers.register(delete(urlEqualTo(dataPath("redaction", subject))).willReturn(okJson(erased("redaction", subject))));
        String id = create(TOKENS.customer(subject), "{\"type\":\"ERASURE\",\"jurisdiction\":\"GDPR\"}").extract().path("id");
        officer("/v1/dsr/{id}/execute", id, null).statusCode(200)
                .body("status", is("PARTIALLY_COMPLETED"))
                .body("nextAttemptAt", notNullValue())
                .body("results.find { it.service == 'bot' }.outcome", is("FAILED"))
                .body("results.find { it.service == 'bot' }.attempts", is(4))
                .body("results.find { it.service == 'bot' }.httpStatus", is(503));
        // One call and three retries with backoff.
        peers.verifyThat(exactly(4), deleteRequestedFor(urlEqualTo(dataPath("bot", subject))));

        peers.register(delete(urlEqualTo(dataPath("bot", subject))).willReturn(okJson(erased("bot", subject))));
        jobs.work();
        request(id).body("status", is("PARTIALLY_COMPLETED"));
        clock.advance(Duration.ofMinutes(16));
        jobs.work();
        request(id).body("status", is("COMPLETED")).body("attempts", is(2));
        peers.verifyThat(exactly(5), deleteRequestedFor(urlEqualTo(dataPath("bot", subject))));
        peers.verifyThat(exactly(1), deleteRequestedFor(urlEqualTo(dataPath("escalation", subject))));
    }

    @Test
    void anExecutionInterruptedMidWayIsTakenUpAgainOnceStale() throws Exception {
        String subject = newSubject();
        for (String peer : Peers.NAMES) {
            peers.register(delete(urlEqualTo(dataPath(peer, subject))).willReturn(okJson(erased(peer, subject))));
        }
        String id = create(TOKENS.customer(subject), "{\"type\":\"ERASURE\",\"jurisdiction\":\"GDPR\"}").extract().path("id");
        // What a crash between the start and the end of an execution leaves behind.
        try (java.sql.Connection c = db.getConnection();
             java.sql.PreparedStatement s = c.prepareStatement(
                     "update data_subject_request set status = 'IN_PROGRESS', started_at = now() where id = ?")) {
            s.setObject(1, java.util.UUID.fromString(id));
            s.executeUpdate();
        }
        officer("/v1/dsr/{id}/execute", id, null).statusCode(409);
        jobs.work();
        request(id).body("status", is("IN_PROGRESS"));
        clock.advance(Duration.ofMinutes(11));
        jobs.work();
        request(id).body("status", is("COMPLETED"));
    }

    @Test
    void aTransientFailureIsRetriedWithinTheSameExecution() {
        String subject = newSubject();
        for (String peer : Peers.NAMES) {
            peers.register(get(urlEqualTo(dataPath(peer, subject))).inScenario(peer).whenScenarioStateIs(Scenario.STARTED)
                    .willReturn(aResponse().withStatus(502)).willSetStateTo("up"));
            peers.register(get(urlEqualTo(dataPath(peer, subject))).inScenario(peer).whenScenarioStateIs("up")
                    .willReturn(okJson(export(peer, subject, "[]"))));
        }
        String id = create(TOKENS.customer(subject), "{\"type\":\"PORTABILITY\",\"jurisdiction\":\"CCPA\"}").extract().path("id");
        officer("/v1/dsr/{id}/execute", id, null).statusCode(200)
                .body("status", is("COMPLETED"))
                .body("results.find { it.service == 'escalation' }.attempts", is(2));
    }

    @Test
    void anAnswerThatBreaksTheContractIsNotCountedAsDone() {
        String subject = newSubject();
        for (String peer : Peers.NAMES) {
            peers.register(get(urlEqualTo(dataPath(peer, subject))).willReturn(okJson(export(peer, subject, "[]"))));
        }
        // Another subject's data in the answer: never accepted as this subject's export.
        peers.register(get(urlEqualTo(dataPath("redaction", subject))).willReturn(okJson(export("redaction", newSubject(), "[]"))));
        String id = create(TOKENS.customer(subject), "{\"type\":\"ACCESS\",\"jurisdiction\":\"GDPR\"}").extract().path("id");
        officer("/v1/dsr/{id}/execute", id, null).statusCode(200)
                .body("status", is("PARTIALLY_COMPLETED"))
                .body("results.find { it.service == 'redaction' }.summary", containsString("contract-violation"));
        given().auth().oauth2(TOKENS.customer(subject)).when().get("/v1/dsr/{id}/bundle", id)
                .then().statusCode(200).body("complete", is(false));
    }

    @Test
    void anObjectionWithdrawsEveryConsentBasedPurpose() {
        String subject = newSubject();
        give(subject, "ai-assistance");
        give(subject, "analytics");
        String id = create(TOKENS.customer(subject), "{\"type\":\"OBJECTION\",\"jurisdiction\":\"GDPR\"}").extract().path("id");
        officer("/v1/dsr/{id}/execute", id, null).statusCode(200)
                .body("status", is("COMPLETED"))
                .body("results", hasSize(1))
                .body("results[0].summary", is("{\"withdrawn\":2}"));
        botAsks(subject, "ai-assistance").body("state", is("WITHDRAWN"));
        botAsks(subject, "analytics").body("state", is("WITHDRAWN"));
    }

    @Test
    void rectificationIsStartedAndCompletedByAPerson() {
        String id = create(OFFICER, "{\"type\":\"RECTIFICATION\",\"jurisdiction\":\"GDPR\",\"subjectId\":\"" + newSubject()
                + "\",\"verification\":{\"method\":\"account-login\"}}").extract().path("id");
        officer("/v1/dsr/{id}/complete", id, "{\"note\":\"address corrected in the CRM\"}").statusCode(409);
        officer("/v1/dsr/{id}/execute", id, null).statusCode(200).body("status", is("IN_PROGRESS"));
        officer("/v1/dsr/{id}/complete", id, "{\"note\":\"address corrected in the CRM\"}").statusCode(200)
                .body("status", is("COMPLETED")).body("resolutionNote", is("address corrected in the CRM"));
    }

    @Test
    void openRequestsPastTheirDeadlineAreFlaggedAndCounted() {
        String id = create(OFFICER, "{\"type\":\"ACCESS\",\"jurisdiction\":\"GDPR\",\"subjectId\":\"" + newSubject() + "\"}")
                .extract().path("id");
        jobs.checkOverdue();
        request(id).body("overdue", is(false));
        clock.advance(Duration.ofDays(32));
        long overdue = jobs.checkOverdue();
        request(id).body("overdue", is(true));
        given().auth().oauth2(OFFICER).when().get("/v1/dsr?overdue=true").then().statusCode(200).body("id", org.hamcrest.Matchers.hasItem(id));
        int management = ConfigProvider.getConfig().getValue("quarkus.management.port", Integer.class);
        given().port(management).when().get("/q/metrics").then().statusCode(200)
                .body(containsString("consent_dsr_overdue " + (double) overdue));
    }

    @Test
    void consentServiceAnswersItsOwnSubjectDataExport() {
        String subject = newSubject();
        give(subject, "analytics");
        given().auth().oauth2(TOKENS.service("consent-service", "svc-consent"))
                .when().get("/v1/subjects/{s}/data", subject)
                .then().statusCode(200)
                .body("service", is("consent-service"))
                .body("subjectId", is(subject))
                .body("generatedAt", notNullValue())
                .body("records.currentConsents[0].purpose", is("analytics"))
                .body("records.consentEvents[0].kind", is("GIVEN"));
    }

    @Test
    void aSecondOpenRequestOfTheSameTypeForTheSameSubjectIsRefused() {
        String subject = newSubject();
        create(TOKENS.customer(subject), "{\"type\":\"ACCESS\",\"jurisdiction\":\"GDPR\"}").statusCode(201);
        create(TOKENS.customer(subject), "{\"type\":\"ACCESS\",\"jurisdiction\":\"GDPR\"}").statusCode(409)
                .contentType("application/problem+json")
                .body("type", is("https://safesupport.dev/problems/dsr-already-open"))
                .body("detail", not(containsString(subject)));
        create(OFFICER, "{\"type\":\"ACCESS\",\"jurisdiction\":\"GDPR\",\"subjectId\":\"" + subject + "\"}").statusCode(409);
        create(TOKENS.customer(subject), "{\"type\":\"RESTRICTION\",\"jurisdiction\":\"GDPR\"}").statusCode(201);
    }

    @Test
    void twoReplicasFilingTheSameRequestAtOnceOpenOnlyOne() throws Exception {
        String subject = newSubject();
        String token = TOKENS.customer(subject);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            var calls = new java.util.ArrayList<java.util.concurrent.Future<Integer>>();
            for (int i = 0; i < 4; i++) {
                calls.add(pool.submit(() -> create(token, "{\"type\":\"ERASURE\",\"jurisdiction\":\"GDPR\"}").extract().statusCode()));
            }
            var statuses = new java.util.ArrayList<Integer>();
            for (var call : calls) {
                statuses.add(call.get(30, java.util.concurrent.TimeUnit.SECONDS));
            }
            assertEquals(1, statuses.stream().filter(s -> s == 201).count(), statuses.toString());
            assertEquals(3, statuses.stream().filter(s -> s == 409).count(), statuses.toString());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aCustomerFilesAtMostFiveRequestsADayThenWaitsForTheRetryAfter() {
        String subject = newSubject();
        for (int i = 0; i < 5; i++) {
            String id = create(TOKENS.customer(subject), "{\"type\":\"ACCESS\",\"jurisdiction\":\"GDPR\"}").statusCode(201)
                    .extract().path("id");
            officer("/v1/dsr/{id}/reject", id, "{\"reason\":\"duplicate\"}").statusCode(200);
            clock.advance(Duration.ofHours(1));
        }
        long retryAfter = Long.parseLong(create(TOKENS.customer(subject), "{\"type\":\"ACCESS\",\"jurisdiction\":\"GDPR\"}")
                .statusCode(429).contentType("application/problem+json")
                .body("type", is("https://safesupport.dev/problems/too-many-dsr"))
                .header("Retry-After", notNullValue()).extract().header("Retry-After"));
        // The first of the five turns a day old 19 hours from now.
        assertTrue(retryAfter > Duration.ofHours(18).toSeconds() && retryAfter <= Duration.ofHours(19).toSeconds() + 1, "Retry-After " + retryAfter);
        // A privacy officer is not held to the customer's budget.
        create(OFFICER, "{\"type\":\"PORTABILITY\",\"jurisdiction\":\"GDPR\",\"subjectId\":\"" + subject + "\"}").statusCode(201);
        clock.advance(Duration.ofSeconds(retryAfter));
        create(TOKENS.customer(subject), "{\"type\":\"ACCESS\",\"jurisdiction\":\"GDPR\"}").statusCode(201);
    }

    private String completedAccess(String subject) {
        for (String peer : Peers.NAMES) {
            peers.register(get(urlEqualTo(dataPath(peer, subject)))
                    .willReturn(okJson(export(peer, subject, "[{\"kind\":\"" + peer + "-record\"}]"))));
        }
        String id = create(TOKENS.customer(subject), "{\"type\":\"ACCESS\",\"jurisdiction\":\"GDPR\"}").extract().path("id");
        officer("/v1/dsr/{id}/execute", id, null).statusCode(200).body("status", is("COMPLETED"));
        return id;
    }

    /** Bodies still held and SHA-256 proofs of a request's answers, straight from the table. */
    private long[] heldAndProven(String id) throws java.sql.SQLException {
        try (var c = db.getConnection(); var q = c.prepareStatement("select count(response), count(response_sha256) "
                + "from dsr_service_result where request_id = cast(? as uuid)")) {
            q.setString(1, id);
            try (var rows = q.executeQuery()) {
                rows.next();
                return new long[] {rows.getLong(1), rows.getLong(2)};
            }
        }
    }

    @Test
    void anExportIsDeletedOnceDownloadedAndOnlyItsHashesStay() throws Exception {
        String subject = newSubject();
        String id = completedAccess(subject);
        assertEquals(4, heldAndProven(id)[0]);
        given().auth().oauth2(TOKENS.customer(subject)).when().get("/v1/dsr/{id}/bundle", id).then().statusCode(200)
                .body("services.bot.records[0].kind", is("bot-record"));
        assertArrayEquals(new long[] {0, 4}, heldAndProven(id));
        given().auth().oauth2(TOKENS.customer(subject)).when().get("/v1/dsr/{id}/bundle", id).then().statusCode(410)
                .contentType("application/problem+json")
                .body("type", is("https://safesupport.dev/problems/bundle-deleted"));
        request(id).body("results.responseSha256", everyItem(matchesPattern("[0-9a-f]{64}")));
    }

    @Test
    void anExportNotDownloadedIsDeletedAfterTheRetentionPeriod() throws Exception {
        String subject = newSubject();
        String id = completedAccess(subject);
        clock.advance(Duration.ofDays(6));
        jobs.work();
        assertEquals(4, heldAndProven(id)[0], "kept within consent.dsr.export-retention");
        clock.advance(Duration.ofDays(2));
        jobs.work();
        assertArrayEquals(new long[] {0, 4}, heldAndProven(id));
        given().auth().oauth2(TOKENS.customer(subject)).when().get("/v1/dsr/{id}/bundle", id).then().statusCode(410);
    }

    @Test
    void anErasureOfTheSubjectDeletesTheirExportsEvenIfAPeerIsDown() throws Exception {
        String subject = newSubject();
        String access = completedAccess(subject);
        peers.register(delete(urlEqualTo(dataPath("bot", subject))).willReturn(aResponse().withStatus(503)));
        for (String peer : List.of("redaction", "escalation")) {
            peers.register(delete(urlEqualTo(dataPath(peer, subject))).willReturn(okJson(erased(peer, subject))));
        }
        String erasure = create(TOKENS.customer(subject), "{\"type\":\"ERASURE\",\"jurisdiction\":\"GDPR\"}").extract().path("id");
        officer("/v1/dsr/{id}/execute", erasure, null).statusCode(200).body("status", is("PARTIALLY_COMPLETED"));
        assertArrayEquals(new long[] {0, 4}, heldAndProven(access));
        given().auth().oauth2(TOKENS.customer(subject)).when().get("/v1/dsr/{id}/bundle", access).then().statusCode(410);
    }

    private static ValidatableResponse create(String token, String body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).when().post("/v1/dsr").then();
    }

    private static ValidatableResponse officer(String path, String id, String body) {
        var request = given().auth().oauth2(OFFICER);
        if (body != null) {
            request = request.contentType(ContentType.JSON).body(body);
        }
        return request.when().post(path, id).then();
    }

    private static ValidatableResponse request(String id) {
        return given().auth().oauth2(OFFICER).when().get("/v1/dsr/{id}", id).then().statusCode(200);
    }

    static String dataPath(String peer, String subject) {
        return "/" + peer + "/v1/subjects/" + subject + "/data";
    }

    static String export(String peer, String subject, String records) {
        return "{\"service\":\"" + peer + "-service\",\"subjectId\":\"" + subject + "\",\"generatedAt\":\"2026-11-23T10:00:00Z\",\"records\":" + records + "}";
    }

    static String erased(String peer, String subject) {
        return "{\"service\":\"" + peer + "-service\",\"subjectId\":\"" + subject + "\",\"erased\":{\"records\":1},\"completedAt\":\"2026-11-23T10:00:00Z\"}";
    }
}
