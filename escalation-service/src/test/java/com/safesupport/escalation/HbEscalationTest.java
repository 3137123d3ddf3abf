package com.safesupport.escalation;

import com.safesupport.testing.HostileInput;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import static com.safesupport.escalation.TestData.botToken;
import static com.safesupport.escalation.TestData.supervisorToken;
import static com.safesupport.escalation.TestData.REUSED;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Hostile input as a black-box tester sends it to every endpoint of escalation-service a caller controls: bodies of
 * every shape and size, ids, query parameters and headers. Never a 5xx, every refusal problem+json, oversize 413,
 * linear cost.
 */
@QuarkusTest
class HbEscalationTest {

    static Supplier<RequestSpecification> bot() {
        return () -> given().auth().oauth2(botToken()).header("Idempotency-Key", UUID.randomUUID().toString());
    }

    static Supplier<RequestSpecification> supervisor() {
        return () -> given().auth().oauth2(supervisorToken());
    }

    static Supplier<RequestSpecification> agnes() {
        return () -> given().auth().oauth2(REUSED.user("agnes", "agent"));
    }

    @Test
    void everyBodyEndpointSurvivesHostileBodies() {
        String ticket = TestData.handOff(List.of("HUMAN_REQUESTED"), "en-GB");
        HostileInput.at("POST", "/v1/handoffs", bot()).bodies().commonHeaders("{}");
        HostileInput.at("POST", "/v1/handoffs", () -> given().auth().oauth2(botToken()))
                .header("Idempotency-Key", TestData.handoffJson(UUID.randomUUID(), UUID.randomUUID().toString(),
                        List.of("HUMAN_REQUESTED"), "en-GB", "x"));
        HostileInput.at("POST", "/v1/handoffs/" + ticket + "/customer-messages", bot()).bodies();
        HostileInput.at("POST", "/v1/handoffs/" + ticket + "/customer-messages", () -> given().auth().oauth2(botToken()))
                .header("Idempotency-Key", "{\"text\":\"still there?\"}");
        HostileInput.at("PUT", "/v1/queues/hb-queue", supervisor()).bodies();
        HostileInput.at("PUT", "/v1/agents/hb-agent", supervisor()).bodies();
        HostileInput.at("PUT", "/v1/agents/me/availability", agnes()).bodies();
        HostileInput.at("PUT", "/v1/customers/" + UUID.randomUUID() + "/tier", supervisor()).bodies();
        for (String action : List.of("transfer", "reassign", "replies", "notes", "status", "resolve", "handback", "feedback")) {
            HostileInput.at("POST", "/v1/tickets/" + ticket + "/" + action, supervisor()).bodies()
                    .header("If-Match", "{}");
        }
    }

    @Test
    void idsInPathsAreNeverA5xx() {
        HostileInput.at("GET", "/v1/handoffs/{id}", bot()).ids();
        HostileInput.at("POST", "/v1/handoffs/{id}/customer-messages", bot()).ids();
        for (String action : List.of("", "/claim", "/transfer", "/replies", "/notes", "/status", "/resolve", "/handback", "/feedback")) {
            HostileInput.at(action.isEmpty() ? "GET" : "POST", "/v1/tickets/{id}" + action, supervisor()).ids();
        }
        HostileInput.at("GET", "/v1/queues/{id}", supervisor()).ids();
        HostileInput.at("PUT", "/v1/queues/{id}", supervisor()).ids();
        HostileInput.at("PUT", "/v1/agents/{id}", supervisor()).ids();
        HostileInput.at("PUT", "/v1/agents/{id}/capacity", supervisor()).ids();
        HostileInput.at("GET", "/v1/customers/{id}/tier", supervisor()).ids();
        HostileInput.at("PUT", "/v1/customers/{id}/tier", supervisor()).ids();
        HostileInput.at("PUT", "/v1/sla-policies/{id}", supervisor()).ids();
        HostileInput.at("POST", "/v1/notifications/{id}/ack", supervisor()).ids();
        Supplier<RequestSpecification> consent = () -> given().auth().oauth2(REUSED.service("consent-service", "svc-consent"));
        HostileInput.at("GET", "/v1/subjects/{id}/held-tickets", consent).ids();
        HostileInput.at("GET", "/v1/subjects/{id}/data", consent).ids();
        HostileInput.at("DELETE", "/v1/subjects/{id}/data", consent).ids();
    }

    @Test
    void queryParametersAreNeverA5xx() {
        HostileInput.at("GET", "/v1/tickets", supervisor())
                .query("limit", "-1", "0", "2147483647", "99999999999", "1e999", "abc", "")
                .query("status", "nope", "").query("queue", "x".repeat(10_000), "\u0000").query("mine", "maybe");
        HostileInput.at("GET", "/v1/subjects/" + UUID.randomUUID() + "/held-tickets",
                () -> given().auth().oauth2(REUSED.service("consent-service", "svc-consent"))).query("agent", "x".repeat(10_000), "\u0000");
        HostileInput.at("GET", "/v1/handoff-feedback", supervisor()).query("days", "-1", "99999999999", "abc");
        HostileInput.at("GET", "/v1/notifications", supervisor()).query("limit", "-1", "99999999999");
    }

    @Test
    void anOversizedBodyIs413() {
        HostileInput.assertProblem(HostileInput.unprettified(bot().get()).contentType(ContentType.JSON).body("{\"summary\":\"" + "a".repeat(11 * 1024 * 1024) + "\"}")
                .when().post("/v1/handoffs"), 413);
        HostileInput.assertLyingContentLengthRefused("/v1/handoffs", botToken());
    }

    @Test
    void aLongTranscriptCostsLinearTime() {
        // A hand-off with n transcript entries of zero-width and right-to-left text: 16 times as many cost at most ~16
        // times the CPU (a quadratic check over entries gives ~16). 30 and 480 entries: a hand-off carries at most 500.
        // Each hand-off is new (its own conversation, subject and idempotency key), repeated until enough CPU has passed
        // to read it past the JVM's 10 ms CPU tick.
        String entry = "{\"author\":\"CUSTOMER\",\"text\":\"a\\u200b\\u202e person please\",\"at\":\"2026-11-23T09:00:00Z\"}";
        String bot = botToken(); // one token for the whole measurement: no signature inside the timed requests
        double ratio = HostileInput.cpuRatioRepeated(30, 16, () -> new UUID[]{UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID()},
                (ids, n) -> HostileInput.json(bot, TestData.handoffJson(ids[0], ids[1].toString(), List.of("HUMAN_REQUESTED"), "en-GB", "x")
                        .replaceFirst("\"transcript\":\\[", "\"transcript\":[" + (entry + ",").repeat(n)))
                        .header("Idempotency-Key", ids[2].toString()).post("/v1/handoffs"));
        System.out.printf("HbEscalationTest transcript CPU ratio %.2f%n", ratio);
        assertTrue(ratio < 4, "a long transcript must cost linear time, ratio " + ratio);
    }
}
