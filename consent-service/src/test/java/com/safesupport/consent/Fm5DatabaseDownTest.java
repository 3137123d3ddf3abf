package com.safesupport.consent;

import com.safesupport.testing.DatabaseDown;
import com.safesupport.testing.DatabaseOutage;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import static com.safesupport.consent.ConsentSteps.TOKENS;
import static com.safesupport.consent.ConsentSteps.newSubject;
import static io.restassured.RestAssured.given;

/**
 * consent-service with its database unreachable (every connection refused and the pool's open ones reset, as with
 * PostgreSQL stopped: {@link com.safesupport.testing.PostgresProxy#refuse()} before each test): bot's decision call
 * and the customer's consent list answer 503 with the database problem and a Retry-After, never a bare 500, no stack
 * trace, and the subject only in the problem's {@code instance} (the caller's own path): platform-testing's {@link
 * DatabaseDown}. docs/bot.md, "Faults, fifth sweep (fm5)". The datasource goes through {@link Fm10DatabaseStallTest}'s
 * proxy, so both share one Quarkus start (until stop 56 this class had a start of its own, a datasource on a port
 * where nothing listened: docs/benchmarks.md, "Test time, stop 56 (ct)"); {@link DatabaseOutage} gives the database
 * back after each test.
 */
@QuarkusTest
@TestProfile(Fm10DatabaseStallTest.ThroughProxy.class)
class Fm5DatabaseDownTest implements DatabaseOutage {

    @Test
    void botsDecisionCallIsA503WithRetryAfterNotA500() {
        String subject = newSubject();
        database().refuse();
        DatabaseDown.assertProblem(given().auth().oauth2(TOKENS.service("bot-service", "svc-bot"))
                .when().get("/v1/subjects/{s}/decisions/{p}", subject, "analytics"), subject);
    }

    @Test
    void theCustomersConsentListIsA503WithRetryAfterNotA500() {
        String subject = newSubject();
        database().refuse();
        DatabaseDown.assertProblem(given().auth().oauth2(TOKENS.customer(subject))
                .when().get("/v1/subjects/{s}/consents", subject), subject);
    }
}
