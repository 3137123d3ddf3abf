package com.safesupport.escalation.handoff;

import com.safesupport.testing.TestClock;
import com.safesupport.testing.AuthMatrix;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static com.safesupport.escalation.TestData.botToken;
import static com.safesupport.escalation.TestData.supervisorToken;
import static com.safesupport.escalation.TestData.REUSED;
import static com.safesupport.escalation.TestData.handoffJson;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class HandoffTest {

    @Inject
    EntityManager em;

    @Inject
    IdempotencyStore keys;

    @Inject
    TestClock clock;

    @Inject
    HandoffService handoffs;

    @Inject
    com.fasterxml.jackson.databind.ObjectMapper json;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    private static Response post(String key, String body) {
        var request = given().auth().oauth2(botToken()).contentType(ContentType.JSON).body(body);
        if (key != null) {
            request = request.header("Idempotency-Key", key);
        }
        return request.when().post("/v1/handoffs");
    }

    private static String body(UUID conversation) {
        return handoffJson(conversation, UUID.randomUUID().toString(), List.of("HUMAN_REQUESTED"), "en-GB", "Wants a person");
    }

    @Test
    void aHandoffAnswersTheContractShape() {
        post(UUID.randomUUID().toString(), body(UUID.randomUUID()))
                .then().statusCode(201)
                .body("ticketId", notNullValue())
                .body("status", is("NEW"))
                .body("queue", is("general"))
                .body("priority", is("NORMAL"))
                .body("firstResponseDueAt", notNullValue())
                .header("Location", org.hamcrest.Matchers.containsString("/v1/handoffs/"));
    }

    @Test
    void sameKeyAndBodyReplaysTheOriginalResponse() {
        String key = UUID.randomUUID().toString();
        String body = body(UUID.randomUUID());
        String first = post(key, body).then().statusCode(201).extract().asString();
        String again = post(key, body).then().statusCode(200).header("Idempotent-Replayed", "true").extract().asString();
        assertEquals(first, again);
    }

    @Test
    void sameKeyWithAnotherBodyIs422() {
        String key = UUID.randomUUID().toString();
        post(key, body(UUID.randomUUID())).then().statusCode(201);
        post(key, body(UUID.randomUUID())).then().statusCode(422)
                .contentType("application/problem+json").body("type", is("https://safesupport.dev/problems/idempotency-key-reused"));
    }

    @Test
    void missingKeyIs400() {
        post(null, body(UUID.randomUUID())).then().statusCode(400)
                .contentType("application/problem+json").body("type", is("https://safesupport.dev/problems/idempotency-key-missing"));
    }

    @Test
    void aKeyStillInFlightIs409() throws Exception {
        String key = UUID.randomUUID().toString();
        String body = body(UUID.randomUUID());
        HandoffRequest parsed = json.readValue(body, HandoffRequest.class);
        // Another request holds the key right now (claimed, ticket not yet committed).
        keys.claim("bot-service", key, handoffs.hash(parsed));
        post(key, body).then().statusCode(409)
                .contentType("application/problem+json").body("type", is("https://safesupport.dev/problems/idempotency-key-in-flight"));
    }

    @Test
    void aKeyWhoseRequestDiedIsTakenOverAndTheSlowOriginalCannotCommit() throws Exception {
        String key = UUID.randomUUID().toString();
        String body = body(UUID.randomUUID());
        HandoffRequest parsed = json.readValue(body, HandoffRequest.class);
        IdempotencyStore.Owned original = (IdempotencyStore.Owned) keys.claim("bot-service", key, handoffs.hash(parsed));
        clock.advance(Duration.ofSeconds(31));
        String ticket = post(key, body).then().statusCode(201).extract().path("ticketId");
        // The original request wakes up and tries to complete the key it no longer owns: nothing may commit.
        org.junit.jupiter.api.Assertions.assertThrows(IdempotencyStore.LostOwnership.class, () -> QuarkusTransaction.requiringNew()
                .run(() -> keys.complete("bot-service", key, original.owner(), UUID.randomUUID(), 201, "{}")));
        post(key, body).then().statusCode(200).body("ticketId", is(ticket));
    }

    @Test
    void theSameKeyFiredFromManyThreadsYieldsExactlyOneTicket() throws Exception {
        String key = UUID.randomUUID().toString();
        UUID conversation = UUID.randomUUID();
        String body = body(conversation);
        int threads = 16;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<Response>> results = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            results.add(pool.submit(() -> {
                start.await();
                return post(key, body);
            }));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        Set<String> ticketIds = new java.util.HashSet<>();
        for (Future<Response> f : results) {
            Response r = f.get();
            statuses.add(r.statusCode());
            if (r.statusCode() == 200 || r.statusCode() == 201) {
                ticketIds.add(r.path("ticketId"));
            }
        }
        pool.shutdown();
        assertEquals(1, statuses.stream().filter(s -> s == 201).count(), "exactly one 201: " + statuses);
        assertTrue(statuses.stream().allMatch(s -> s == 201 || s == 200 || s == 409), "only 201, 200 (replay) or 409 (in flight): " + statuses);
        assertEquals(1, ticketIds.size());
        long tickets = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from ticket where conversation_id = ?1").setParameter(1, conversation).getSingleResult()).longValue());
        assertEquals(1, tickets);
        // Once the first request finished, a retry replays it.
        post(key, body).then().statusCode(200).body("ticketId", is(ticketIds.iterator().next()));
    }

    @Test
    void keysAreKeptForAtLeastADay() {
        String key = UUID.randomUUID().toString();
        String body = body(UUID.randomUUID());
        String ticket = post(key, body).then().statusCode(201).extract().path("ticketId");
        clock.advance(Duration.ofHours(23).plusMinutes(59));
        keys.purge();
        post(key, body).then().statusCode(200).body("ticketId", is(ticket));
        clock.advance(Duration.ofHours(1));
        keys.purge();
        String later = post(key, body).then().statusCode(201).extract().path("ticketId");
        assertFalse(ticket.equals(later));
    }

    @Test
    void transcriptAndSummaryAreSealedAtRestWithTheirKeyId() {
        String ticket = post(UUID.randomUUID().toString(), body(UUID.randomUUID())).then().statusCode(201).extract().path("ticketId");
        Object[] row = QuarkusTransaction.requiringNew().call(() -> (Object[]) em.createNativeQuery(
                "select content_key_id, content_sealed from ticket where id = ?1").setParameter(1, UUID.fromString(ticket)).getSingleResult());
        assertEquals("local-1", row[0]);
        String stored = new String((byte[]) row[1], StandardCharsets.ISO_8859_1);
        assertFalse(stored.contains("talk to a person"));
        assertFalse(stored.contains("Wants a person"));
        // The supervisor reads it back decrypted.
        given().auth().oauth2(supervisorToken()).when().get("/v1/tickets/" + ticket)
                .then().statusCode(200).body("summary", is("Wants a person"))
                .body("transcript.text", hasItem("I want to talk to a person about <IBAN_1>"));
    }

    @Test
    void sensitiveTopicWithNegativeSentimentIsUrgentInTheSensitiveQueue() {
        post(UUID.randomUUID().toString(), handoffJson(UUID.randomUUID(), UUID.randomUUID().toString(),
                List.of("SENSITIVE_TOPIC", "NEGATIVE_SENTIMENT"), "de", "x"))
                .then().statusCode(201).body("priority", is("URGENT")).body("queue", is("sensitive"));
    }

    @Test
    void aGoldCustomerIsRaisedOneStep() {
        String subject = UUID.randomUUID().toString();
        given().auth().oauth2(supervisorToken()).contentType(ContentType.JSON).body("{\"tier\":\"gold\"}")
                .when().put("/v1/customers/" + subject + "/tier").then().statusCode(200).body("prioritySteps", is(1));
        post(UUID.randomUUID().toString(), handoffJson(UUID.randomUUID(), subject, List.of("LOW_CONFIDENCE"), "en", "x"))
                .then().statusCode(201).body("priority", is("HIGH"));
    }

    @Test
    void invalidBodiesAreProblemsWithFieldErrors() {
        post(UUID.randomUUID().toString(), "{\"conversationId\":\"" + UUID.randomUUID() + "\",\"reasons\":[],\"locale\":\"??\",\"channel\":\"web\",\"transcript\":[]}")
                .then().log().ifValidationFails().statusCode(400).contentType("application/problem+json")
                .body("errors.field", org.hamcrest.Matchers.hasItems("subjectId", "reasons", "locale"));
        post(UUID.randomUUID().toString(), body(UUID.randomUUID()).replace("HUMAN_REQUESTED", "BECAUSE"))
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void theBotReadsTicketStatus() {
        String ticket = post(UUID.randomUUID().toString(), body(UUID.randomUUID())).then().statusCode(201).extract().path("ticketId");
        given().auth().oauth2(botToken()).when().get("/v1/handoffs/" + ticket)
                .then().statusCode(200).body("ticketId", is(ticket)).body("status", is("NEW")).body("slaState", is("ACTIVE"));
        given().auth().oauth2(botToken()).when().get("/v1/handoffs/" + UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void handoffEndpointsAreForTheBotOnly() {
        AuthMatrix.of(REUSED, "POST", "/v1/handoffs").body(body(UUID.randomUUID())).allowing("svc-bot").verify();
        AuthMatrix.of(REUSED, "GET", "/v1/handoffs/" + UUID.randomUUID()).allowing("svc-bot").verify();
        AuthMatrix.of(REUSED, "POST", "/v1/handoffs/" + UUID.randomUUID() + "/customer-messages")
                .body("{\"text\":\"hi\"}").allowing("svc-bot").verify();
    }
}
