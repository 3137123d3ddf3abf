package com.safesupport.consent;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static com.safesupport.consent.ConsentSteps.TOKENS;
import static com.safesupport.consent.ConsentSteps.newSubject;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * consent-service with its database unreachable (the datasource points at a port where nothing listens, so every
 * connection is refused, as with PostgreSQL stopped): bot's decision call and the customer's consent list answer 503
 * with the database problem and a Retry-After, never a bare 500, no stack trace, and the subject only in the
 * problem's {@code instance} (the caller's own path).
 * docs/bot.md, "Faults, fifth sweep (fm5)".
 */
@QuarkusTest
@TestProfile(Fm5DatabaseDownTest.DatabaseDown.class)
class Fm5DatabaseDownTest {

    public static class DatabaseDown implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.datasource.jdbc.url", "jdbc:postgresql://127.0.0.1:1/consent_test",
                    "quarkus.flyway.migrate-at-start", "false", "quarkus.flyway.clean-at-start", "false",
                    "quarkus.datasource.jdbc.acquisition-timeout", "2S");
        }
    }

    @Test
    void botsDecisionCallIsA503WithRetryAfterNotA500() {
        String subject = newSubject();
        assertDatabaseProblem(given().auth().oauth2(TOKENS.service("bot-service", "svc-bot"))
                .when().get("/v1/subjects/{s}/decisions/{p}", subject, "analytics"), subject);
    }

    @Test
    void theCustomersConsentListIsA503WithRetryAfterNotA500() {
        String subject = newSubject();
        assertDatabaseProblem(given().auth().oauth2(TOKENS.customer(subject))
                .when().get("/v1/subjects/{s}/consents", subject), subject);
    }

    private static void assertDatabaseProblem(Response answer, String subject) {
        String body = answer.asString();
        assertEquals(503, answer.statusCode(), body);
        assertEquals("5", answer.header("Retry-After"), body);
        assertTrue(answer.contentType().startsWith("application/problem+json"), answer.contentType());
        assertTrue(answer.jsonPath().getString("type").endsWith("/database-unavailable"), body);
        // The problem's instance is the caller's own request path (the convention of every problem); nothing else names it.
        assertFalse(body.replace(answer.jsonPath().getString("instance"), "").contains(subject), body);
        assertFalse(body.contains("Exception") || body.contains("\tat "), body);
    }
}
