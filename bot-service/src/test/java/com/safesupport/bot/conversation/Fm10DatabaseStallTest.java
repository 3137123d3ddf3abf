package com.safesupport.bot.conversation;

import com.safesupport.bot.support.BotTest;
import com.safesupport.testing.DatabaseOutage;
import com.safesupport.testing.DatabaseStall;
import com.safesupport.testing.LogCapture;
import com.safesupport.testing.PostgresProxy;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * bot-service with its PostgreSQL stalled while it runs ({@link PostgresProxy#stall()}: connections accepted and kept
 * open, nothing answered — a hung primary, a dropped route) and resumed. A request that needs the database is answered
 * 503 problem+json ({@code database-unavailable}) within a bound while other such requests are stuck beside it,
 * a request that needs no database is still served, readiness turns DOWN and liveness stays UP; after the resume,
 * readiness is UP again and the conversation goes on. docs/bot.md, "Faults, eleventh sweep (fm10)". Runs under the
 * proxy's test profile (one Quarkus start, in the default surefire JVM since stop 60).
 */
@QuarkusTest
@TestProfile(Fm6DatabaseDownTest.ThroughProxy.class)
class Fm10DatabaseStallTest extends BotTest implements DatabaseOutage {

    /** Requests that need the database, in flight together while it stalls (each holds a worker and a connection). */
    private static final int STUCK = 8;

    @Test
    void aStalledDatabaseIsABounded503ReadinessDownLivenessUpAndResumeRecovers() throws InterruptedException {
        String subject = newSubject();
        String id = start(subject);
        say(subject, id, "How do I activate my card?").statusCode(200); // the pool holds open connections now
        String personal = LogCapture.PERSONAL.getFirst();
        String text = "How do I activate my card? I am " + personal;

        List<Thread> beside = new ArrayList<>();
        DatabaseStall.stallAndCheck(database(),
                () -> given().auth().oauth2(TOKENS.customer(subject)).when().get("/v1/whoami"),
                () -> {
                    for (int i = 0; i < STUCK; i++) { // threads of the test's own: they inherit its class loader
                        beside.add(Thread.ofPlatform().daemon().start(() -> {
                            try {
                                given().auth().oauth2(TOKENS.customer(subject)).when().get("/v1/conversations/" + id);
                            } catch (RuntimeException cut) {
                                // load beside the checks: its answers are not checked (the test client may give up first)
                            }
                        }));
                    }
                },
                () -> DatabaseStall.assertProblem("a message", personal, () -> message(subject, id, text)),
                () -> DatabaseStall.assertProblem("a new conversation", personal, () -> given()
                        .auth().oauth2(TOKENS.customer(subject)).contentType(ContentType.JSON)
                        .body("{\"locale\":\"en\",\"channel\":\"web\"}").when().post("/v1/conversations")),
                () -> DatabaseStall.assertProblem("the conversation", personal, () -> given()
                        .auth().oauth2(TOKENS.customer(subject)).when().get("/v1/conversations/" + id)));
        Response back = DatabaseStall.assertAnswered("the first message after the resume", 200, () -> message(subject, id, text));
        assertEquals("ANSWER", back.jsonPath().getString("kind"), back.asString());
        String next = newSubject();
        DatabaseStall.assertAnswered("a new conversation after the resume", 201, () -> given()
                .auth().oauth2(TOKENS.customer(next)).contentType(ContentType.JSON)
                .body("{\"locale\":\"en\",\"channel\":\"web\"}").when().post("/v1/conversations"));
        for (Thread thread : beside) {
            thread.join(DatabaseStall.BOUND);
        }
    }

    private static Response message(String subject, String id, String text) {
        return given().auth().oauth2(TOKENS.customer(subject)).contentType(ContentType.JSON)
                .body(Map.of("text", text)).when().post("/v1/conversations/" + id + "/messages");
    }
}
