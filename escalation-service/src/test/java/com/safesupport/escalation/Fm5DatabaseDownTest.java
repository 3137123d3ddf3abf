package com.safesupport.escalation;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * escalation-service with its database unreachable (the datasource points at a port where nothing listens, so every
 * connection is refused, as with PostgreSQL stopped): its main endpoints answer 503 with the database problem and a
 * Retry-After, never a bare 500, and nothing of the request or a stack trace. docs/bot.md, "Faults, fifth sweep (fm5)".
 */
@QuarkusTest
@TestProfile(Fm5DatabaseDownTest.DatabaseDown.class)
class Fm5DatabaseDownTest {

    public static class DatabaseDown implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.datasource.jdbc.url", "jdbc:postgresql://127.0.0.1:1/escalation_test",
                    "quarkus.flyway.migrate-at-start", "false",
                    "quarkus.datasource.jdbc.acquisition-timeout", "2S");
        }
    }

    @Test
    void aHandOffIsA503WithRetryAfterNotA500() {
        String subject = "fm5-subject-" + UUID.randomUUID();
        Response answer = given().auth().oauth2(TestData.BOT).header("Idempotency-Key", UUID.randomUUID().toString())
                .contentType(ContentType.JSON)
                .body(TestData.handoffJson(UUID.randomUUID(), subject, List.of("LOW_CONFIDENCE"), "en", "Customer asks for a person"))
                .when().post("/v1/handoffs");
        assertDatabaseProblem(answer, subject);
    }

    @Test
    void theTicketListIsA503WithRetryAfterNotA500() {
        assertDatabaseProblem(given().auth().oauth2(TestData.SUPERVISOR).when().get("/v1/tickets"), "fm5-no-such-value");
    }

    private static void assertDatabaseProblem(Response answer, String personal) {
        String body = answer.asString();
        assertEquals(503, answer.statusCode(), body);
        assertEquals("5", answer.header("Retry-After"), body);
        assertTrue(answer.contentType().startsWith("application/problem+json"), answer.contentType());
        assertTrue(answer.jsonPath().getString("type").endsWith("/database-unavailable"), body);
        assertFalse(body.contains(personal), body);
        assertFalse(body.contains("Exception") || body.contains("\tat "), body);
    }
}
