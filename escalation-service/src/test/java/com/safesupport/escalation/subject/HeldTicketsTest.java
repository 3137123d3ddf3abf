package com.safesupport.escalation.subject;

import com.safesupport.testing.AuthMatrix;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static com.safesupport.escalation.TestData.botToken;
import static com.safesupport.escalation.TestData.REUSED;
import static com.safesupport.escalation.TestData.TOKENS;
import static com.safesupport.escalation.TestData.agent;
import static com.safesupport.escalation.TestData.agentToken;
import static com.safesupport.escalation.TestData.handoffJson;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;

/** The agent-consent rule's question (DESIGN.md): which open tickets of a subject does an agent hold? */
@QuarkusTest
class HeldTicketsTest {

    private static final String CONSENT = TOKENS.service("consent-service", "svc-consent");

    @Test
    void onlyConsentServiceMayAsk() {
        AuthMatrix.of(REUSED, "GET", "/v1/subjects/" + UUID.randomUUID() + "/held-tickets?agent=someone")
                .allowing("svc-consent").verify();
    }

    @Test
    void aTicketCountsOnlyForTheAgentHoldingItAndOnlyForItsSubject() {
        agent("hana", List.of("lang:is"), 5, List.of("general"), "OFFLINE");
        agent("ivo", List.of("lang:is"), 5, List.of("general"), "OFFLINE");
        String subject = UUID.randomUUID().toString();
        String held = handOff(subject);
        String waiting = handOff(subject);
        given().auth().oauth2(agentToken("hana")).when().post("/v1/tickets/" + held + "/claim").then().statusCode(200);

        given().auth().oauth2(CONSENT).when().get("/v1/subjects/{s}/held-tickets?agent=hana", subject)
                .then().statusCode(200)
                .body("subjectId", is(subject))
                .body("agent", is("hana"))
                .body("tickets.ticketId", contains(held))
                .body("tickets.status", contains("ASSIGNED"));
        // The other ticket waits unassigned: nobody holds it. ivo holds nothing; nor does an unknown username.
        given().auth().oauth2(CONSENT).when().get("/v1/subjects/{s}/held-tickets?agent=ivo", subject)
                .then().statusCode(200).body("tickets", empty());
        given().auth().oauth2(CONSENT).when().get("/v1/subjects/{s}/held-tickets?agent=nobody-here", subject)
                .then().statusCode(200).body("tickets", empty());
        given().auth().oauth2(CONSENT).when().get("/v1/subjects/{s}/held-tickets?agent=hana", UUID.randomUUID())
                .then().statusCode(200).body("tickets", empty());
        given().auth().oauth2(botToken()).when().get("/v1/handoffs/" + waiting).then().statusCode(200).body("status", is("NEW"));
    }

    @Test
    void malformedQuestionsAreProblems() {
        given().auth().oauth2(CONSENT).when().get("/v1/subjects/{s}/held-tickets", UUID.randomUUID())
                .then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(CONSENT).when().get("/v1/subjects/{s}/held-tickets?agent=" + "a".repeat(200), UUID.randomUUID())
                .then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(CONSENT).when().get("/v1/subjects/{s}/held-tickets?agent=hana", "not a subject")
                .then().statusCode(400).contentType("application/problem+json");
    }

    private static String handOff(String subject) {
        return given().auth().oauth2(botToken()).header("Idempotency-Key", UUID.randomUUID().toString()).contentType(ContentType.JSON)
                .body(handoffJson(UUID.randomUUID(), subject, List.of("HUMAN_REQUESTED"), "is", "Asks for a person"))
                .when().post("/v1/handoffs").then().statusCode(201).extract().path("ticketId");
    }
}
