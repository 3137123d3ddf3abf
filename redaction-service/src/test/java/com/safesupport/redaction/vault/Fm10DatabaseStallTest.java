package com.safesupport.redaction.vault;

import com.safesupport.testing.DatabaseOutage;
import com.safesupport.testing.DatabaseStall;
import com.safesupport.testing.LogCapture;
import com.safesupport.testing.PostgresProxy;
import com.safesupport.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * redaction-service with its PostgreSQL stalled while it runs ({@link PostgresProxy#stall()}: connections accepted and
 * kept open, nothing answered) and resumed: a redaction that needs the vault (PSEUDONYMIZE with a scope) and a restore
 * answer 503 problem+json ({@code database-unavailable}) within a bound, a redaction without a scope needs no
 * database and is served, readiness turns DOWN and liveness stays UP; after the resume readiness is UP and the vault
 * pseudonymizes and restores again. docs/bot.md, "Faults, eleventh sweep (fm10)". Same profile as
 * {@link Fm6DatabaseDownTest}: one Quarkus start for both.
 */
@QuarkusTest
@TestProfile(Fm6DatabaseDownTest.ThroughProxy.class)
class Fm10DatabaseStallTest implements DatabaseOutage {

    private static final Tokens TOKENS = new Tokens("redaction-service");
    private static final String EMAIL = LogCapture.PERSONAL.get(1);

    private static RequestSpecification bot() {
        return given().auth().oauth2(TOKENS.service("bot-service", "svc-bot")).contentType(ContentType.JSON);
    }

    private static Response pseudonymize(String scope) {
        return bot().body(Map.of("text", "Please write to " + EMAIL + " about my order", "operator", "PSEUDONYMIZE", "scope", scope))
                .when().post("/v1/redact");
    }

    private static Response unscoped() {
        return bot().body(Map.of("text", "Please write to " + EMAIL)).when().post("/v1/redact");
    }

    private static Response restore(String text, String scope) {
        return given().auth().oauth2(TOKENS.user("fm10-restorer", "redaction-restore")).contentType(ContentType.JSON)
                .body(Map.of("text", text, "scope", scope)).when().post("/v1/restore");
    }

    @Test
    void aStalledVaultIsABounded503ReadinessDownLivenessUpAndResumeRecovers() {
        String warm = UUID.randomUUID().toString();
        String pseudonymized = DatabaseStall.assertAnswered("a PSEUDONYMIZE redaction", 200, () -> pseudonymize(warm))
                .jsonPath().getString("text"); // the pool holds open connections now
        String scope = UUID.randomUUID().toString();

        DatabaseStall.stallAndCheck(database(), () -> unscoped(), // no scope, no vault
                () -> DatabaseStall.assertProblem("a PSEUDONYMIZE redaction", EMAIL, () -> pseudonymize(scope)),
                () -> DatabaseStall.assertProblem("a restore", EMAIL, () -> restore(pseudonymized, warm)));
        assertFalse(unscoped().jsonPath().getString("text").contains(EMAIL), "the value was not replaced");
        String redacted = DatabaseStall.assertAnswered("a PSEUDONYMIZE redaction after the resume", 200,
                () -> pseudonymize(scope)).jsonPath().getString("text");
        assertFalse(redacted.contains(EMAIL), "the value was not replaced");
        Response restored = DatabaseStall.assertAnswered("a restore after the resume", 200, () -> restore(redacted, scope));
        assertTrue(restored.jsonPath().getString("text").contains(EMAIL), "the vault did not give the original back");
    }
}
