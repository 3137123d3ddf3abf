package com.safesupport.bot.conversation;

import com.safesupport.bot.support.BotTest;
import com.safesupport.testing.DatabaseOutage;
import com.safesupport.testing.LogCapture;
import com.safesupport.testing.PostgresProxy;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * bot-service with its PostgreSQL taken away while it runs and given back (a TCP proxy of the test's own in front of
 * the test database, {@link DatabaseOutage}: {@link PostgresProxy#refuse()} resets the pool's open connections and
 * refuses new ones, as a stopped PostgreSQL does). A request that needs the database answers 503 problem+json
 * ({@code database-unavailable}) with {@code Retry-After} within a bound, never a 500 or a hang, with nothing of the
 * customer's text in the body or the log and no stack trace; once the database is back the next request is served.
 * docs/bot.md, "Faults, sixth sweep (fm6)". Its own test profile (one Quarkus start, in the default surefire JVM since
 * stop 60), shared with {@link Fm10DatabaseStallTest} and {@link FtDownstreamFaultsTest}.
 */
@QuarkusTest
@TestProfile(Fm6DatabaseDownTest.ThroughProxy.class)
class Fm6DatabaseDownTest extends BotTest implements DatabaseOutage {

    /** Agroal's acquisition timeout (1 s in {@link DatabaseOutage.Profile}; 5 s by default) plus the turn's own work. */
    private static final Duration REFUSAL_BOUND = Duration.ofSeconds(10);
    /** A turn with the database back, peers healthy. */
    private static final Duration TURN_BOUND = Duration.ofSeconds(10);

    /**
     * The datasource through the proxy, and the REST clients' read timeout {@link #READ_TIMEOUT_MS} instead of the test
     * profile's 1,500 ms (production: 3,000): {@link FtDownstreamFaultsTest} runs here too, and each of its three
     * silent downstreams is waited out twice (one attempt, one retry) (docs/benchmarks.md, "Test time, stop 57 (ct2)").
     * The shipped values are pinned by {@link Ct2RestReadTimeoutTest}.
     */
    public static class ThroughProxy extends DatabaseOutage.Profile {
        /** A healthy WireMock answer starts within milliseconds; a slow one is retried once. */
        static final int READ_TIMEOUT_MS = 750;

        public ThroughProxy() {
            super("bot_test");
        }

        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> overrides = new HashMap<>(super.getConfigOverrides());
            overrides.put("quarkus.rest-client.read-timeout", String.valueOf(READ_TIMEOUT_MS));
            return overrides;
        }
    }

    @Test
    void aCustomersRequestsAre503WhileTheDatabaseIsDownAndServedOnceItIsBack() {
        String subject = newSubject();
        String id = start(subject);
        say(subject, id, "How do I activate my card?").statusCode(200); // the pool holds open connections now
        String personal = LogCapture.PERSONAL.getFirst();
        String text = "How do I activate my card? I am " + personal;

        database().refuse();
        try (LogCapture logs = LogCapture.start()) {
            assertDatabaseProblem("a message", personal, () -> given().auth().oauth2(TOKENS.customer(subject))
                    .contentType(ContentType.JSON).body(Map.of("text", text))
                    .when().post("/v1/conversations/" + id + "/messages"));
            assertDatabaseProblem("a second message", personal, () -> given().auth().oauth2(TOKENS.customer(subject))
                    .contentType(ContentType.JSON).body(Map.of("text", text))
                    .when().post("/v1/conversations/" + id + "/messages"));
            assertDatabaseProblem("a new conversation", personal, () -> given().auth().oauth2(TOKENS.customer(subject))
                    .contentType(ContentType.JSON).body("{\"locale\":\"en\",\"channel\":\"web\"}")
                    .when().post("/v1/conversations"));
            assertDatabaseProblem("the conversation", personal, () -> given().auth().oauth2(TOKENS.customer(subject))
                    .when().get("/v1/conversations/" + id));
            logs.assertNoneOf(personal);
            List<String> traces = logs.lines().stream().filter(line -> line.contains("\tat ")).toList();
            assertTrue(traces.isEmpty(), "a stack trace was logged while the database was down:\n" + String.join("\n", traces));
        }

        database().restore();
        Response back = assertTimeoutPreemptively(TURN_BOUND, () -> given().auth().oauth2(TOKENS.customer(subject))
                .contentType(ContentType.JSON).body(Map.of("text", text))
                .when().post("/v1/conversations/" + id + "/messages"), "the first message after the database came back");
        assertEquals(200, back.statusCode(), back.asString());
        assertEquals("ANSWER", back.jsonPath().getString("kind"), back.asString());
        String next = newSubject();
        Response fresh = assertTimeoutPreemptively(TURN_BOUND, () -> given().auth().oauth2(TOKENS.customer(next))
                .contentType(ContentType.JSON).body("{\"locale\":\"en\",\"channel\":\"web\"}")
                .when().post("/v1/conversations"), "a new conversation after the database came back");
        assertEquals(201, fresh.statusCode(), fresh.asString());
    }

    /**
     * PostgreSQL restarted while the service was idle (no request saw it down): the pool's connections are dead, and
     * none of them may cost a customer a failed request.
     */
    @Test
    void aDatabaseRestartWhileIdleCostsNoRequest() {
        List<String> subjects = List.of(newSubject(), newSubject(), newSubject());
        // At the same time, so that the pool holds several connections (threads of the test's own: they inherit its
        // class loader, which rest-assured needs).
        List<Thread> warm = subjects.stream().map(subject -> Thread.ofPlatform().start(() -> start(subject))).toList();
        for (Thread thread : warm) {
            assertTimeoutPreemptively(TURN_BOUND, () -> thread.join());
        }

        database().refuse();
        database().restore();
        for (String subject : subjects) {
            Response answer = assertTimeoutPreemptively(TURN_BOUND, () -> given().auth().oauth2(TOKENS.customer(subject))
                    .contentType(ContentType.JSON).body("{\"locale\":\"en\",\"channel\":\"web\"}")
                    .when().post("/v1/conversations"), "a new conversation after the restart");
            assertEquals(201, answer.statusCode(), "a new conversation after the database restarted: " + answer.asString());
        }
    }

    private static void assertDatabaseProblem(String what, String personal, Supplier<Response> request) {
        long started = System.nanoTime();
        Response answer = assertTimeoutPreemptively(REFUSAL_BOUND, request::get,
                what + " with the database down was not answered within " + REFUSAL_BOUND);
        String body = answer.asString();
        String took = " (" + Duration.ofNanos(System.nanoTime() - started).toMillis() + " ms): " + body;
        assertEquals(503, answer.statusCode(), what + took);
        assertEquals("5", answer.header("Retry-After"), what + took);
        assertTrue(answer.contentType().startsWith("application/problem+json"), what + " " + answer.contentType());
        assertTrue(answer.jsonPath().getString("type").endsWith("/database-unavailable"), what + took);
        assertFalse(body.contains(personal), what + took);
        assertFalse(body.contains("Exception") || body.contains("\tat "), what + took);
        System.out.println("fm6: " + what + " with the database down: 503" + took.substring(0, took.indexOf(')') + 1));
    }
}
