package com.safesupport.consent;

import com.safesupport.testing.DatabaseOutage;
import com.safesupport.testing.DatabaseStall;
import com.safesupport.testing.PostgresProxy;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import static com.safesupport.consent.ConsentSteps.TOKENS;
import static com.safesupport.consent.ConsentSteps.newSubject;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * consent-service with its PostgreSQL stalled while it runs ({@link PostgresProxy#stall()}: connections accepted and
 * kept open, nothing answered) and resumed: bot's decision call and the customer's consent list answer 503
 * problem+json ({@code database-unavailable}) within a bound, a request that needs no database is served, readiness
 * turns DOWN and liveness stays UP; after the resume readiness is UP and the decision call answers again.
 * docs/bot.md, "Faults, eleventh sweep (fm10)".
 */
@QuarkusTest
@TestProfile(Fm10DatabaseStallTest.ThroughProxy.class)
class Fm10DatabaseStallTest implements DatabaseOutage {

    public static class ThroughProxy extends DatabaseOutage.Profile {
        public ThroughProxy() {
            super("consent_test");
        }
    }

    private static Response decision(String subject) {
        return given().auth().oauth2(TOKENS.service("bot-service", "svc-bot"))
                .when().get("/v1/subjects/{s}/decisions/{p}", subject, "analytics");
    }

    @Test
    void aStalledDatabaseIsABounded503ReadinessDownLivenessUpAndResumeRecovers() {
        String subject = newSubject();
        assertEquals(200, decision(subject).statusCode()); // the pool holds open connections now

        DatabaseStall.stallAndCheck(database(),
                () -> given().auth().oauth2(TOKENS.customer(subject)).when().get("/v1/whoami"),
                () -> DatabaseStall.assertProblem("bot's decision call", subject, () -> decision(subject)),
                () -> DatabaseStall.assertProblem("the customer's consent list", subject, () -> given()
                        .auth().oauth2(TOKENS.customer(subject)).when().get("/v1/subjects/{s}/consents", subject)));
        DatabaseStall.assertAnswered("bot's decision call after the resume", 200, () -> decision(subject));
    }
}
