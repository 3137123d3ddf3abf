package com.safesupport.consent;

import com.safesupport.testing.DatabaseDown;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import static com.safesupport.consent.ConsentSteps.TOKENS;
import static com.safesupport.consent.ConsentSteps.newSubject;
import static io.restassured.RestAssured.given;

/**
 * consent-service with its database unreachable (the datasource points at a port where nothing listens, so every
 * connection is refused, as with PostgreSQL stopped): bot's decision call and the customer's consent list answer 503
 * with the database problem and a Retry-After, never a bare 500, no stack trace, and the subject only in the
 * problem's {@code instance} (the caller's own path): platform-testing's {@link DatabaseDown}.
 * docs/bot.md, "Faults, fifth sweep (fm5)".
 */
@QuarkusTest
@TestProfile(DatabaseDown.Profile.class)
class Fm5DatabaseDownTest {

    @Test
    void botsDecisionCallIsA503WithRetryAfterNotA500() {
        String subject = newSubject();
        DatabaseDown.assertProblem(given().auth().oauth2(TOKENS.service("bot-service", "svc-bot"))
                .when().get("/v1/subjects/{s}/decisions/{p}", subject, "analytics"), subject);
    }

    @Test
    void theCustomersConsentListIsA503WithRetryAfterNotA500() {
        String subject = newSubject();
        DatabaseDown.assertProblem(given().auth().oauth2(TOKENS.customer(subject))
                .when().get("/v1/subjects/{s}/consents", subject), subject);
    }
}
