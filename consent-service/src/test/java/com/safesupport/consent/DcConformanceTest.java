package com.safesupport.consent;

import com.safesupport.testing.ProblemShape;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static com.safesupport.consent.ConsentSteps.ALICE;
import static com.safesupport.consent.ConsentSteps.TOKENS;
import static com.safesupport.consent.ConsentSteps.botAsks;
import static com.safesupport.consent.ConsentSteps.give;
import static com.safesupport.consent.ConsentSteps.newSubject;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.instanceOf;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.emptyOrNullString;

/**
 * Contract conformance as a peer team would test it (stop 47, dc): the decision endpoint read as DESIGN.md writes it —
 * field types, UUID evidence ids, RFC 3339 UTC times, {@code ETag} and {@code Cache-Control: max-age=5} for every
 * caller it names, conditional requests as RFC 9110 reads them — the subject-data pair's shape, and errors as complete
 * problems.
 */
@QuarkusTest
class DcConformanceTest {

    static final String UUID_RE = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
    static final String UTC_RE = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z";
    static final String BOT = TOKENS.service("bot-service", "svc-bot");

    @Test
    void aGivenDecisionHasTheContractsTypes() {
        String subject = newSubject();
        give(subject, "ai-assistance");
        botAsks(subject, "ai-assistance").statusCode(200)
                .body("allowed", instanceOf(Boolean.class))
                .body("noticeVersion", instanceOf(Integer.class))
                .body("legalBasis", not(emptyOrNullString()))
                .body("decidedAt", matchesPattern(UTC_RE))
                .body("expiresAt", matchesPattern(UTC_RE))
                .body("evidenceEventId", matchesPattern(UUID_RE));
    }

    @Test
    void theCustomerAskingAboutThemselvesGetsTheSameCachingHeaders() {
        String subject = newSubject();
        String etag = given().auth().oauth2(TOKENS.customer(subject))
                .when().get("/v1/subjects/{s}/decisions/analytics", subject)
                .then().statusCode(200).header("Cache-Control", is("max-age=5")).header("ETag", not(emptyOrNullString()))
                .extract().header("ETag");
        given().auth().oauth2(TOKENS.customer(subject)).header("If-None-Match", etag)
                .when().get("/v1/subjects/{s}/decisions/analytics", subject).then().statusCode(304);
    }

    @Test
    void ifNoneMatchIsReadAsRfc9110ReadsIt() {
        String subject = newSubject();
        String etag = botAsks(subject, "analytics").statusCode(200).extract().header("ETag");
        // A list naming the current tag, the weak form of it, and "*" all match; another tag alone does not.
        for (String header : new String[] {"\"not-this-one\", " + etag, "W/" + etag, "*"}) {
            given().auth().oauth2(BOT).header("If-None-Match", header)
                    .when().get("/v1/subjects/{s}/decisions/analytics", subject)
                    .then().statusCode(304).header("ETag", is(etag)).header("Cache-Control", is("max-age=5"));
        }
        given().auth().oauth2(BOT).header("If-None-Match", "\"not-this-one\"")
                .when().get("/v1/subjects/{s}/decisions/analytics", subject)
                .then().statusCode(200).header("ETag", is(etag));
    }

    @Test
    void errorsAreCompleteProblems() {
        String subject = newSubject();
        ProblemShape.of(given().auth().oauth2(BOT).when().get("/v1/subjects/{s}/decisions/no-such-purpose", subject).then(),
                404, "/v1/subjects/");
        ProblemShape.of(given().auth().oauth2(TOKENS.customer(subject)).when().get("/v1/subjects/{s}/decisions/analytics", ALICE)
                .then(), 403, "/v1/subjects/");
        ProblemShape.of(given().auth().oauth2(TOKENS.user(subject, "customer", "agent"))
                .when().get("/v1/subjects/{s}/decisions/analytics", ALICE).then(), 403, "/v1/subjects/");
        ProblemShape.of(given().when().get("/v1/subjects/{s}/decisions/analytics", subject).then(), 401, "/v1/subjects/");
        ProblemShape.validation(given().auth().oauth2(TOKENS.customer(subject)).contentType(ContentType.JSON)
                .body(Map.of("state", "MAYBE", "noticeVersion", 1))
                .when().post("/v1/subjects/{s}/consents/analytics", subject).then(), "/v1/subjects/", "state");
    }

    @Test
    void subjectDataAnswersTheContractsShape() {
        String subject = newSubject();
        give(subject, "analytics");
        String consent = TOKENS.service("consent-service", "svc-consent");
        given().auth().oauth2(consent).when().get("/v1/subjects/{s}/data", subject).then().statusCode(200)
                .body("service", is("consent-service")).body("subjectId", is(subject))
                .body("generatedAt", matchesPattern(UTC_RE))
                .body("records", org.hamcrest.Matchers.notNullValue());
        for (int round = 0; round < 2; round++) {
            given().auth().oauth2(consent).when().delete("/v1/subjects/{s}/data", subject).then().statusCode(200)
                    .body("service", is("consent-service")).body("subjectId", is(subject))
                    .body("erased", instanceOf(Map.class))
                    .body("erased.consentEvents", is(round == 0 ? 1 : 0))
                    .body("completedAt", matchesPattern(UTC_RE));
        }
    }
}
