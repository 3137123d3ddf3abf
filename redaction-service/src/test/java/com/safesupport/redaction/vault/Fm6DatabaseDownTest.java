package com.safesupport.redaction.vault;

import com.safesupport.testing.DatabaseOutage;
import com.safesupport.testing.LogCapture;
import com.safesupport.testing.PostgresProxy;
import com.safesupport.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * redaction-service with its PostgreSQL taken away while it runs and given back (a TCP proxy of the test's own in
 * front of the test database, {@link DatabaseOutage}: {@link PostgresProxy#refuse()} resets the pool's open
 * connections and refuses new ones, as a stopped PostgreSQL does). Every request that needs the vault (a scoped TAG or
 * PSEUDONYMIZE redaction, a restore, a scope's erasure) answers 503 problem+json ({@code database-unavailable}) with
 * {@code Retry-After} within a bound, never a 500 or a hang, nothing of the text in the body or the log and no stack
 * trace; a redaction without a scope needs no database and is still served; once the database is back the vault works
 * again.
 * docs/bot.md, "Faults, sixth sweep (fm6)".
 */
@QuarkusTest
@TestProfile(Fm6DatabaseDownTest.ThroughProxy.class)
class Fm6DatabaseDownTest implements DatabaseOutage {

    private static final Tokens TOKENS = new Tokens("redaction-service");
    /** Agroal's acquisition timeout (1 s in {@link DatabaseOutage.Profile}; 5 s by default) plus the request's own work. */
    private static final Duration BOUND = Duration.ofSeconds(10);
    private static final String EMAIL = LogCapture.PERSONAL.get(1);

    public static class ThroughProxy extends DatabaseOutage.Profile {
        public ThroughProxy() {
            super("redaction_test");
        }
    }

    private static RequestSpecification bot() {
        return given().auth().oauth2(TOKENS.service("bot-service", "svc-bot")).contentType(ContentType.JSON);
    }

    private static RequestSpecification restorer() {
        return given().auth().oauth2(TOKENS.user("fm6-restorer", "redaction-restore")).contentType(ContentType.JSON);
    }

    private static Response pseudonymize(String scope) {
        return bot().body(Map.of("text", "Please write to " + EMAIL + " about my order", "operator", "PSEUDONYMIZE", "scope", scope))
                .when().post("/v1/redact");
    }

    @Test
    void theVaultIs503WhileTheDatabaseIsDownAndWorksOnceItIsBack() {
        String warm = UUID.randomUUID().toString();
        assertEquals(200, pseudonymize(warm).statusCode()); // the pool holds open connections now
        String scope = UUID.randomUUID().toString();

        database().refuse();
        try (LogCapture logs = LogCapture.start()) {
            assertDatabaseProblem("a PSEUDONYMIZE redaction", () -> pseudonymize(scope));
            assertDatabaseProblem("a scoped TAG redaction", () -> bot()
                    .body(Map.of("text", "Please write to " + EMAIL, "scope", scope)).when().post("/v1/redact"));
            assertDatabaseProblem("a scoped batch", () -> bot()
                    .body(Map.of("texts", List.of("Please write to " + EMAIL), "scope", scope)).when().post("/v1/redact/batch"));
            assertDatabaseProblem("a restore", () -> restorer()
                    .body(Map.of("text", "Please write to <EMAIL_ADDRESS_1> " + EMAIL, "scope", warm)).when().post("/v1/restore"));
            assertDatabaseProblem("a scope's erasure", () -> bot().when().delete("/v1/scopes/" + scope));

            // No scope, no vault: the redaction still works without its database.
            Response unscoped = assertTimeoutPreemptively(BOUND, () -> bot()
                    .body(Map.of("text", "Please write to " + EMAIL)).when().post("/v1/redact"));
            assertEquals(200, unscoped.statusCode(), unscoped.asString());
            assertFalse(unscoped.jsonPath().getString("text").contains(EMAIL), unscoped.asString());

            logs.assertNoneOf(LogCapture.PERSONAL.toArray(String[]::new));
            List<String> traces = logs.lines().stream().filter(line -> line.contains("\tat ")).toList();
            assertTrue(traces.isEmpty(), "a stack trace was logged while the database was down:\n" + String.join("\n", traces));
        }

        database().restore();
        Response back = assertTimeoutPreemptively(BOUND, () -> pseudonymize(scope), "the first redaction after the database came back");
        assertEquals(200, back.statusCode(), back.asString());
        String redacted = back.jsonPath().getString("text");
        assertFalse(redacted.contains(EMAIL), redacted);
        Response restored = assertTimeoutPreemptively(BOUND, () -> restorer()
                .body(Map.of("text", redacted, "scope", scope)).when().post("/v1/restore"));
        assertEquals(200, restored.statusCode(), restored.asString());
        assertTrue(restored.jsonPath().getString("text").contains(EMAIL), "the vault did not give the original back");
    }

    /**
     * PostgreSQL restarted while the service was idle (no request saw it down): the pool's connections are dead, and
     * none of them may cost a caller a failed request.
     */
    @Test
    void aDatabaseRestartWhileIdleCostsNoRequest() {
        List<String> scopes = List.of(UUID.randomUUID().toString(), UUID.randomUUID().toString(), UUID.randomUUID().toString());
        // At the same time, so that the pool holds several connections (threads of the test's own: they inherit its
        // class loader, which rest-assured needs).
        List<Thread> warm = scopes.stream().map(scope -> Thread.ofPlatform().start(() -> pseudonymize(scope))).toList();
        for (Thread thread : warm) {
            assertTimeoutPreemptively(BOUND, () -> thread.join());
        }

        database().refuse();
        database().restore();
        try (LogCapture logs = LogCapture.start()) {
            for (String scope : scopes) {
                Response answer = assertTimeoutPreemptively(BOUND, () -> pseudonymize(scope), "a redaction after the restart");
                assertEquals(200, answer.statusCode(), "a redaction after the database restarted: " + answer.asString());
            }
            List<String> traces = logs.lines().stream().filter(line -> line.contains("\tat ")).toList();
            assertTrue(traces.isEmpty(), "a stack trace was logged after the database restarted:\n" + String.join("\n", traces));
        }
    }

    private static void assertDatabaseProblem(String what, Supplier<Response> request) {
        long started = System.nanoTime();
        Response answer = assertTimeoutPreemptively(BOUND, request::get,
                what + " with the database down was not answered within " + BOUND);
        String body = answer.asString();
        String took = " (" + Duration.ofNanos(System.nanoTime() - started).toMillis() + " ms)";
        assertEquals(503, answer.statusCode(), what + took + ": " + body);
        assertEquals("5", answer.header("Retry-After"), what + took + ": " + body);
        assertTrue(answer.contentType().startsWith("application/problem+json"), what + " " + answer.contentType());
        assertTrue(answer.jsonPath().getString("type").endsWith("/database-unavailable"), what + took + ": " + body);
        for (String personal : LogCapture.PERSONAL) {
            assertFalse(body.contains(personal), what + took + ": " + body);
        }
        assertFalse(body.contains("Exception") || body.contains("\tat "), what + took + ": " + body);
        System.out.println("fm6: " + what + " with the database down: 503" + took);
    }
}
