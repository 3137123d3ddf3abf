package com.safesupport.escalation.handoff;

import com.safesupport.testing.ProblemShape;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static com.safesupport.escalation.TestData.botToken;
import static com.safesupport.escalation.TestData.TOKENS;
import static com.safesupport.escalation.TestData.handoffJson;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.instanceOf;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.emptyOrNullString;

/**
 * Contract conformance as a peer team would test it (stop 47, dc): {@code POST /v1/handoffs} and
 * {@code GET /v1/handoffs/{ticketId}} read as DESIGN.md writes them — field names and types, UUID ids, RFC 3339 UTC
 * times, every reason of the closed set accepted and no other, the idempotency answers as complete problems, and the
 * subject-data pair's shape. All values are made up.
 */
@QuarkusTest
class DcConformanceTest {

    static final String UUID_RE = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
    static final String UTC_RE = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z";
    static final List<String> REASONS = List.of("HUMAN_REQUESTED", "NO_CONSENT", "LOW_CONFIDENCE", "OUT_OF_SCOPE", "SENSITIVE_TOPIC",
            "NEGATIVE_SENTIMENT", "GUARDRAIL_BLOCKED", "REPEATED_FAILURE", "SYSTEM_DEGRADED", "DECISION_REVIEW");

    @Inject
    IdempotencyStore keys;

    @Inject
    HandoffService handoffs;

    @Inject
    com.fasterxml.jackson.databind.ObjectMapper json;

    private static Response post(String key, String body) {
        var request = given().auth().oauth2(botToken()).contentType(ContentType.JSON).body(body);
        if (key != null) {
            request = request.header("Idempotency-Key", key);
        }
        return request.when().post("/v1/handoffs");
    }

    private static String body(List<String> reasons) {
        return handoffJson(UUID.randomUUID(), UUID.randomUUID().toString(), reasons, "en-GB", "Asks for a person");
    }

    @Test
    void everyReasonOfTheClosedSetIsAcceptedAndTheAnswerHasTheContractsTypes() {
        String ticket = post(UUID.randomUUID().toString(), body(REASONS)).then().statusCode(201)
                .body("ticketId", matchesPattern(UUID_RE))
                .body("status", not(emptyOrNullString()))
                .body("queue", not(emptyOrNullString()))
                .body("priority", not(emptyOrNullString()))
                .body("firstResponseDueAt", matchesPattern(UTC_RE))
                .extract().path("ticketId");
        given().auth().oauth2(botToken()).when().get("/v1/handoffs/{t}", ticket).then().statusCode(200)
                .body("ticketId", is(ticket)).body("status", is("NEW"));
        for (String outside : List.of("BORED", "human_requested", "")) {
            ProblemShape.validation(post(UUID.randomUUID().toString(), body(List.of(outside))).then(), "/v1/handoffs", "reasons");
        }
    }

    @Test
    void aRetryWithTheSameBodyWrittenDifferentlyIsTheSameTicket() throws Exception {
        String key = UUID.randomUUID().toString();
        String body = body(List.of("HUMAN_REQUESTED"));
        String ticket = post(key, body).then().statusCode(201).extract().path("ticketId");
        // The same JSON re-serialised (another key order, no whitespace), as a retrying client library may send it.
        var tree = (com.fasterxml.jackson.databind.node.ObjectNode) json.readTree(body);
        var reordered = json.createObjectNode();
        List<String> names = new java.util.ArrayList<>();
        tree.fieldNames().forEachRemaining(names::add);
        java.util.Collections.reverse(names);
        names.forEach(n -> reordered.set(n, tree.get(n)));
        post(key, json.writeValueAsString(reordered)).then().statusCode(200).body("ticketId", is(ticket));
    }

    @Test
    void theIdempotencyAnswersAreCompleteProblems() throws Exception {
        String key = UUID.randomUUID().toString();
        post(key, body(List.of("HUMAN_REQUESTED"))).then().statusCode(201);
        ProblemShape.of(post(key, body(List.of("HUMAN_REQUESTED"))).then(), 422, "/v1/handoffs");
        ProblemShape.of(post(null, body(List.of("HUMAN_REQUESTED"))).then(), 400, "/v1/handoffs");
        String inFlight = UUID.randomUUID().toString();
        String body = body(List.of("LOW_CONFIDENCE"));
        keys.claim("bot-service", inFlight, handoffs.hash(json.readValue(body, HandoffRequest.class)));
        ProblemShape.of(post(inFlight, body).then(), 409, "/v1/handoffs");
        ProblemShape.of(given().auth().oauth2(botToken()).when().get("/v1/handoffs/{t}", UUID.randomUUID()).then(), 404, "/v1/handoffs/");
        ProblemShape.of(given().contentType(ContentType.JSON).body(body).when().post("/v1/handoffs").then(), 401, "/v1/handoffs");
        ProblemShape.of(given().auth().oauth2(TOKENS.user("cara", "customer")).header("Idempotency-Key", "k")
                .contentType(ContentType.JSON).body(body).when().post("/v1/handoffs").then(), 403, "/v1/handoffs");
    }

    @Test
    void subjectDataAnswersTheContractsShape() {
        String consent = TOKENS.service("consent-service", "svc-consent");
        String subject = UUID.randomUUID().toString();
        post(UUID.randomUUID().toString(), handoffJson(UUID.randomUUID(), subject, List.of("HUMAN_REQUESTED"), "en", "Asks for a person"))
                .then().statusCode(201);
        given().auth().oauth2(consent).when().get("/v1/subjects/{s}/data", subject).then().statusCode(200)
                .body("$", allOf(hasKey("service"), hasKey("subjectId"), hasKey("generatedAt"), hasKey("records")))
                .body("generatedAt", matchesPattern(UTC_RE))
                .body("records", instanceOf(List.class));
        for (int round = 0; round < 2; round++) {
            given().auth().oauth2(consent).when().delete("/v1/subjects/{s}/data", subject).then().statusCode(200)
                    .body("service", is("escalation-service")).body("subjectId", is(subject))
                    .body("erased", instanceOf(java.util.Map.class))
                    .body("erased.tickets", is(round == 0 ? 1 : 0))
                    .body("completedAt", matchesPattern(UTC_RE));
        }
        ProblemShape.of(given().auth().oauth2(TOKENS.customer(subject)).when().get("/v1/subjects/{s}/data", subject).then(),
                403, "/v1/subjects/");
    }
}
