package com.safesupport.consent;

import com.safesupport.testing.AuthMatrix;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static com.safesupport.consent.ConsentSteps.REUSED;
import static com.safesupport.consent.ConsentSteps.TOKENS;
import static com.safesupport.consent.ConsentSteps.botAsks;
import static com.safesupport.consent.ConsentSteps.give;
import static com.safesupport.consent.ConsentSteps.newSubject;
import static com.safesupport.consent.ConsentSteps.withdraw;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.aMapWithSize;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

@QuarkusTest
class DecisionTest {

    @Test
    void decisionsAreForTheBotAndTheCustomerThemselves() {
        AuthMatrix.of(REUSED, "GET", "/v1/subjects/" + ConsentSteps.ALICE + "/decisions/ai-assistance")
                .allowing("svc-bot", "customer").ofAnotherSubject("svc-bot").verify();
    }

    @Test
    void aCustomerCannotAskAboutAnotherSubject() {
        given().auth().oauth2(TOKENS.customer(ConsentSteps.BOB))
                .when().get("/v1/subjects/{s}/decisions/ai-assistance", ConsentSteps.ALICE)
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void aCustomerMayAskAboutThemselves() {
        String subject = newSubject();
        given().auth().oauth2(TOKENS.customer(subject))
                .when().get("/v1/subjects/{s}/decisions/analytics", subject)
                .then().statusCode(200).body("state", is("NOT_ASKED"));
    }

    @Test
    void aSubjectNeverAskedIsNotAllowed() {
        String subject = newSubject();
        botAsks(subject, "ai-assistance").statusCode(200)
                .header("Cache-Control", is("max-age=5"))
                .header("ETag", not(emptyOrNullString()))
                .body("$", aMapWithSize(9))
                .body("subjectId", is(subject))
                .body("purpose", is("ai-assistance"))
                .body("allowed", is(false))
                .body("state", is("NOT_ASKED"))
                .body("legalBasis", is("consent"))
                .body("noticeVersion", notNullValue())
                .body("decidedAt", nullValue())
                .body("expiresAt", nullValue())
                .body("evidenceEventId", nullValue());
    }

    @Test
    void givenConsentAllowsWithItsEvidence() {
        String subject = newSubject();
        String eventId = give(subject, "ai-assistance").extract().path("eventId");
        botAsks(subject, "ai-assistance").statusCode(200)
                .body("allowed", is(true))
                .body("state", is("GIVEN"))
                .body("evidenceEventId", is(eventId))
                .body("decidedAt", notNullValue())
                .body("expiresAt", notNullValue());
    }

    @Test
    void withdrawnConsentIsRefusedOnTheNextDecision() {
        String subject = newSubject();
        give(subject, "ai-assistance");
        String before = botAsks(subject, "ai-assistance").statusCode(200).extract().header("ETag");
        withdraw(subject, "ai-assistance").body("changed", is(true)).body("decision.state", is("WITHDRAWN"));
        String after = botAsks(subject, "ai-assistance").statusCode(200)
                .body("allowed", is(false))
                .body("state", is("WITHDRAWN"))
                .extract().header("ETag");
        assertNotEquals(before, after);
        // A cache revalidating with the old validator gets the new answer, never a 304.
        given().auth().oauth2(TOKENS.service("bot-service", "svc-bot")).header("If-None-Match", before)
                .when().get("/v1/subjects/{s}/decisions/ai-assistance", subject)
                .then().statusCode(200).body("state", is("WITHDRAWN"));
    }

    @Test
    void anUnchangedDecisionAnswers304ToItsETag() {
        String subject = newSubject();
        give(subject, "analytics");
        String etag = botAsks(subject, "analytics").statusCode(200).extract().header("ETag");
        given().auth().oauth2(TOKENS.service("bot-service", "svc-bot")).header("If-None-Match", etag)
                .when().get("/v1/subjects/{s}/decisions/analytics", subject)
                .then().statusCode(304)
                .header("ETag", is(etag))
                .header("Cache-Control", is("max-age=5"));
    }

    @Test
    void unknownPurposesAreNotFound() {
        botAsks(newSubject(), "no-such-purpose").statusCode(404).contentType("application/problem+json");
    }

    @Test
    void malformedSubjectIdsAreRejected() {
        botAsks("not a subject!", "analytics").statusCode(400).contentType("application/problem+json");
    }
}
