package com.safesupport.escalation;

import com.safesupport.testing.DatabaseDown;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/**
 * escalation-service with its database unreachable (the datasource points at a port where nothing listens, so every
 * connection is refused, as with PostgreSQL stopped): its main endpoints answer 503 with the database problem and a
 * Retry-After, never a bare 500, and nothing of the request or a stack trace (platform-testing's {@link DatabaseDown}).
 * docs/bot.md, "Faults, fifth sweep (fm5)".
 */
@QuarkusTest
@TestProfile(DatabaseDown.Profile.class)
class Fm5DatabaseDownTest {

    @Test
    void aHandOffIsA503WithRetryAfterNotA500() {
        String subject = "fm5-subject-" + UUID.randomUUID();
        Response answer = given().auth().oauth2(TestData.BOT).header("Idempotency-Key", UUID.randomUUID().toString())
                .contentType(ContentType.JSON)
                .body(TestData.handoffJson(UUID.randomUUID(), subject, List.of("LOW_CONFIDENCE"), "en", "Customer asks for a person"))
                .when().post("/v1/handoffs");
        DatabaseDown.assertProblem(answer, subject);
    }

    @Test
    void theTicketListIsA503WithRetryAfterNotA500() {
        DatabaseDown.assertProblem(given().auth().oauth2(TestData.SUPERVISOR).when().get("/v1/tickets"), "fm5-no-such-value");
    }
}
