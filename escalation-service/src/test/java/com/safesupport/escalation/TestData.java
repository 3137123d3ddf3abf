package com.safesupport.escalation;

import com.safesupport.escalation.routing.Assigner;
import com.safesupport.platform.persistence.AdvisoryLock;
import com.safesupport.testing.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/** Builds and clears test data through the public API (and SQL only to clear). */
@ApplicationScoped
public class TestData {

    public static final Tokens TOKENS = new Tokens("escalation-service");
    /**
     * {@link #TOKENS} giving the same signed token again for the same arguments within {@link Tokens#REUSE}
     * ({@link Tokens#reusing()}): for the auth matrices and the hostile-input sweeps, which send each role's token
     * again and again. Each fresh signature costs milliseconds of the test JVM's C1 CPU (docs/benchmarks.md, "Test
     * time, stop 60 (ct7)").
     */
    public static final Tokens REUSED = TOKENS.reusing();
    /**
     * bot-service's token ({@code svc-bot}) and supervisor sam's, from {@link #REUSED}: a token signed once for the
     * whole JVM (as these were, constants) expired 300 s after the first test used it, and on a loaded machine the
     * module's later classes then got 401 (stop 60, ct7).
     */
    public static String botToken() {
        return REUSED.service("bot-service", "svc-bot");
    }

    public static String supervisorToken() {
        return REUSED.user("sam", "supervisor");
    }

    @Inject
    EntityManager em;

    /**
     * Removes every ticket and every agent and queue but the seeded ones, so routing starts from a known state. Takes
     * the assignment run's lock first: a run the previous test triggered may still be locking tickets.
     */
    public void reset() {
        QuarkusTransaction.requiringNew().run(() -> {
            AdvisoryLock.hold(em, Assigner.LOCK);
            em.createNativeQuery("delete from relay_outbox").executeUpdate();
            em.createNativeQuery("delete from supervisor_notification").executeUpdate();
            em.createNativeQuery("delete from idempotency_key").executeUpdate();
            em.createNativeQuery("delete from ticket").executeUpdate();
            em.createNativeQuery("delete from handoff_feedback").executeUpdate();
            em.createNativeQuery("delete from customer_tier").executeUpdate();
            em.createNativeQuery("delete from agent where username <> 'agnes'").executeUpdate();
            em.createNativeQuery("update agent set availability = 'OFFLINE', capacity = 5").executeUpdate();
            em.createNativeQuery("delete from support_queue where code not in ('general', 'sensitive')").executeUpdate();
        });
    }

    public static String handoffJson(UUID conversation, String subject, List<String> reasons, String locale, String summary) {
        return """
                {"conversationId":"%s","subjectId":"%s","reasons":[%s],"locale":"%s","channel":"web","summary":"%s",
                 "transcript":[{"author":"CUSTOMER","text":"I want to talk to a person about <IBAN_1>","at":"2026-11-23T09:00:00Z"},
                               {"author":"AI","text":"I am handing you over to a colleague.","at":"2026-11-23T09:00:05Z"}],
                 "decisionRecordIds":["%s"]}""".formatted(conversation, subject,
                String.join(",", reasons.stream().map(r -> "\"" + r + "\"").toList()), locale, summary, UUID.randomUUID());
    }

    /** Hands a conversation off as the bot; returns the ticket id. */
    public static String handOff(List<String> reasons, String locale) {
        return given().auth().oauth2(botToken()).header("Idempotency-Key", UUID.randomUUID().toString())
                .contentType(ContentType.JSON)
                .body(handoffJson(UUID.randomUUID(), UUID.randomUUID().toString(), reasons, locale, "Customer asks for a person"))
                .when().post("/v1/handoffs")
                .then().statusCode(201).extract().path("ticketId");
    }

    public static void queue(String code, List<String> skills, List<String> topics) {
        given().auth().oauth2(supervisorToken()).contentType(ContentType.JSON)
                .body(Map.of("name", code, "skills", skills, "topics", topics))
                .when().put("/v1/queues/" + code).then().statusCode(200);
    }

    public static void agent(String username, List<String> skills, int capacity, List<String> queues, String availability) {
        given().auth().oauth2(supervisorToken()).contentType(ContentType.JSON)
                .body(Map.of("displayName", username.toUpperCase(), "skills", skills, "capacity", capacity, "queues", queues,
                        "availability", availability))
                .when().put("/v1/agents/" + username).then().statusCode(200);
    }

    public static String agentToken(String username) {
        return TOKENS.user(username, "agent");
    }

    public static Instant monday(int hour, int minute) {
        return Instant.parse("2026-11-23T%02d:%02d:00Z".formatted(hour, minute));
    }
}
