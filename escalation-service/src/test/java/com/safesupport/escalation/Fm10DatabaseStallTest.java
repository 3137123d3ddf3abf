package com.safesupport.escalation;

import com.safesupport.testing.DatabaseOutage;
import com.safesupport.testing.DatabaseStall;
import com.safesupport.testing.PostgresProxy;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * escalation-service with its PostgreSQL stalled while it runs ({@link PostgresProxy#stall()}: connections accepted and
 * kept open, nothing answered) and resumed. A hand-off and the ticket list are answered 503 problem+json
 * ({@code database-unavailable}) within a bound, a request that needs no database is served, readiness turns DOWN and
 * liveness stays UP; after the resume readiness is UP again, and hand-offs made with an Idempotency-Key before, during
 * and after the stall — each retried until answered, as bot-service's outbox does — left exactly one ticket each,
 * although a request cut during the stall may have reached PostgreSQL on the resume. docs/bot.md, "Faults, eleventh
 * sweep (fm10)".
 */
@QuarkusTest
@TestProfile(Fm10DatabaseStallTest.ThroughProxy.class)
public class Fm10DatabaseStallTest implements DatabaseOutage {

    /**
     * The datasource through the proxy; a key left IN_FLIGHT by a cut request is taken over after 5 s (default 30 s).
     * The desk's calls to the ticket API are cut after {@link #DESK_CALL_TIMEOUT} instead of production's 10 s:
     * {@link com.safesupport.escalation.desk.Fm5DeskApiDripTest} runs here too and waits that bound out twice
     * (docs/benchmarks.md, "Test time, stop 60 (ct7)"). Production's 10 s is pinned by {@link Ct7DeskCallTimeoutTest}.
     */
    public static class ThroughProxy extends DatabaseOutage.Profile {
        /** One desk call in this profile; the only desk calls here are the drip test's, to WireMock. */
        public static final String DESK_CALL_TIMEOUT = "PT3S";

        public ThroughProxy() {
            super("escalation_test");
        }

        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> overrides = new HashMap<>(super.getConfigOverrides());
            overrides.put("escalation.idempotency.in-flight-timeout", "PT5S");
            overrides.put("escalation.desk.call-timeout", DESK_CALL_TIMEOUT);
            return overrides;
        }
    }

    @Inject
    EntityManager em;

    /** One hand-off: its key and body, the same on every retry. */
    private record HandOff(String key, UUID conversation, String subject, String body) {
        static HandOff next() {
            UUID conversation = UUID.randomUUID();
            String subject = "fm10-subject-" + UUID.randomUUID();
            return new HandOff(UUID.randomUUID().toString(), conversation, subject,
                    TestData.handoffJson(conversation, subject, List.of("HUMAN_REQUESTED"), "en", "Wants a person"));
        }

        Response post() {
            return given().auth().oauth2(TestData.botToken()).header("Idempotency-Key", key).contentType(ContentType.JSON)
                    .body(body).when().post("/v1/handoffs");
        }
    }

    @Test
    void aStalledDatabaseIsABounded503AndEveryIdempotentHandOffMakesOneTicket() {
        HandOff before = HandOff.next();
        HandOff during = HandOff.next();
        HandOff after = HandOff.next();
        Response first = before.post();
        assertEquals(201, first.statusCode(), first.asString());
        String ticket = first.jsonPath().getString("ticketId");

        DatabaseStall.stallAndCheck(database(),
                () -> given().auth().oauth2(TestData.supervisorToken()).when().get("/v1/whoami"),
                () -> DatabaseStall.assertProblem("the replay of a hand-off", before.subject(), before::post),
                () -> DatabaseStall.assertProblem("a new hand-off", during.subject(), during::post),
                () -> DatabaseStall.assertProblem("the ticket list", during.subject(),
                        () -> given().auth().oauth2(TestData.supervisorToken()).when().get("/v1/tickets")));

        Response replay = DatabaseStall.assertAnswered("the replay after the resume", 200, before::post);
        assertEquals(ticket, replay.jsonPath().getString("ticketId"), replay.asString());
        // The hand-off cut during the stall, retried as its sender would: "in flight" (409) while the key the cut
        // request claimed is still held, then one ticket — the first one's, if its commit reached the database.
        long started = System.nanoTime();
        Response retried = await("the hand-off cut during the stall, retried").atMost(DatabaseStall.BOUND)
                .pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(500))
                .until(during::post, answer -> answer.statusCode() == 200 || answer.statusCode() == 201);
        System.out.println("fm10: the hand-off cut during the stall, retried: " + retried.statusCode() + " after "
                + Duration.ofNanos(System.nanoTime() - started).toMillis() + " ms");
        Response fresh = DatabaseStall.assertAnswered("a new hand-off after the resume", 201, after::post);
        assertTrue(fresh.jsonPath().getString("ticketId") != null, fresh.asString());

        for (HandOff handOff : List.of(before, during, after)) {
            assertEquals(1L, tickets(handOff.conversation()), "tickets of one idempotent hand-off");
        }
    }

    private long tickets(UUID conversation) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from ticket where conversation_id = ?1").setParameter(1, conversation)
                .getSingleResult()).longValue());
    }
}
