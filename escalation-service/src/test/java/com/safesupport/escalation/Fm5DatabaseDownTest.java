package com.safesupport.escalation;

import com.safesupport.testing.DatabaseDown;
import com.safesupport.testing.DatabaseOutage;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/**
 * escalation-service with its database unreachable (every connection refused and the pool's open ones reset, as with
 * PostgreSQL stopped: {@link com.safesupport.testing.PostgresProxy#refuse()} in each test): its main endpoints answer
 * 503 with the database problem and a Retry-After, never a bare 500, and nothing of the request or a stack trace
 * (platform-testing's {@link DatabaseDown}). docs/bot.md, "Faults, fifth sweep (fm5)". The datasource goes through
 * {@link Fm10DatabaseStallTest}'s proxy, so both share one Quarkus start (until stop 56 this class had a start of its
 * own, a datasource on a port where nothing listened: docs/benchmarks.md, "Test time, stop 56 (ct)"); {@link
 * DatabaseOutage} gives the database back after each test.
 */
@QuarkusTest
@TestProfile(Fm10DatabaseStallTest.ThroughProxy.class)
class Fm5DatabaseDownTest implements DatabaseOutage {

    @Test
    void aHandOffIsA503WithRetryAfterNotA500() {
        String subject = "fm5-subject-" + UUID.randomUUID();
        database().refuse();
        Response answer = given().auth().oauth2(TestData.botToken()).header("Idempotency-Key", UUID.randomUUID().toString())
                .contentType(ContentType.JSON)
                .body(TestData.handoffJson(UUID.randomUUID(), subject, List.of("LOW_CONFIDENCE"), "en", "Customer asks for a person"))
                .when().post("/v1/handoffs");
        DatabaseDown.assertProblem(answer, subject);
    }

    @Test
    void theTicketListIsA503WithRetryAfterNotA500() {
        database().refuse();
        DatabaseDown.assertProblem(given().auth().oauth2(TestData.supervisorToken()).when().get("/v1/tickets"), "fm5-no-such-value");
    }
}
