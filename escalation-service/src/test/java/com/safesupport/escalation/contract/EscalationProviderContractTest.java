package com.safesupport.escalation.contract;

import au.com.dius.pact.provider.junit5.HttpTestTarget;
import au.com.dius.pact.provider.junit5.PactVerificationContext;
import au.com.dius.pact.provider.junit5.PactVerificationInvocationContextProvider;
import au.com.dius.pact.provider.junitsupport.Provider;
import au.com.dius.pact.provider.junitsupport.State;
import au.com.dius.pact.provider.junitsupport.loader.PactFolder;
import com.safesupport.escalation.TestData;
import com.safesupport.testing.contract.ProviderContracts;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.apache.hc.core5.http.HttpRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/**
 * escalation-service verifies what its consumers recorded in {@code contracts/pacts/}: bot-service's hand-off and the
 * customer messages it relays to the ticket, consent-service's held-tickets and subject-data calls, against itself on the test port with its real database, each request
 * carrying a real signed token of the consumer.
 */
@QuarkusTest
@Provider("escalation-service")
@PactFolder(ProviderContracts.FOLDER)
class EscalationProviderContractTest {

    @TestHTTPResource("/")
    URL self;

    @BeforeEach
    void target(PactVerificationContext context) {
        context.setTarget(new HttpTestTarget(self.getHost(), self.getPort()));
    }

    @TestTemplate
    @ExtendWith(PactVerificationInvocationContextProvider.class)
    void verify(PactVerificationContext context, HttpRequest request) {
        ProviderContracts.authorize(context, request, TestData.TOKENS);
        if (request.containsHeader("Idempotency-Key")) {
            // The pact fixes the key's shape, not its value; the database outlives one run, so each run's hand-off
            // uses a new key and is verified as the first delivery (201), not as a replay.
            request.setHeader("Idempotency-Key", "contract-" + UUID.randomUUID());
        }
        context.verifyInteraction();
    }

    /** An agent claimed a fresh subject's ticket (fresh names, so runs do not fill the agent's capacity). */
    @State("an agent holds an open ticket of the subject")
    Map<String, Object> agentHoldsTicket() {
        String subject = UUID.randomUUID().toString();
        String agent = "pact-" + UUID.randomUUID().toString().substring(0, 8);
        TestData.agent(agent, List.of("lang:is"), 5, List.of("general"), "OFFLINE");
        String ticket = given().auth().oauth2(TestData.botToken()).header("Idempotency-Key", UUID.randomUUID().toString())
                .contentType(ContentType.JSON)
                .body(TestData.handoffJson(UUID.randomUUID(), subject, List.of("HUMAN_REQUESTED"), "is", "Asks for a person"))
                .when().post("/v1/handoffs").then().statusCode(201).extract().path("ticketId");
        given().auth().oauth2(TestData.agentToken(agent)).when().post("/v1/tickets/" + ticket + "/claim").then().statusCode(200);
        return Map.of("subjectId", subject, "agent", agent);
    }

    @State("an agent holds no ticket of the subject")
    Map<String, Object> agentHoldsNothing() {
        String agent = "pact-" + UUID.randomUUID().toString().substring(0, 8);
        TestData.agent(agent, List.of("lang:is"), 5, List.of("general"), "OFFLINE");
        return Map.of("subjectId", UUID.randomUUID().toString(), "agent", agent);
    }

    /** The subject has a ticket: handed off by the bot, as in production. */
    @State("subject has personal data here")
    void subjectHasData(Map<String, Object> params) {
        given().auth().oauth2(TestData.botToken()).header("Idempotency-Key", UUID.randomUUID().toString())
                .contentType(ContentType.JSON)
                .body(TestData.handoffJson(UUID.randomUUID(), (String) params.get("subjectId"), List.of("HUMAN_REQUESTED"), "en",
                        "Customer asks for a person"))
                .when().post("/v1/handoffs")
                .then().statusCode(201);
    }

    /** The bot handed a conversation off and got a ticket; the message it relays carries a key new to the ticket. */
    @State("a ticket of a hand-off is open")
    Map<String, Object> ticketOpen() {
        String ticket = given().auth().oauth2(TestData.botToken()).header("Idempotency-Key", UUID.randomUUID().toString())
                .contentType(ContentType.JSON)
                .body(TestData.handoffJson(UUID.randomUUID(), UUID.randomUUID().toString(), List.of("HUMAN_REQUESTED"), "en",
                        "Customer asks for a person"))
                .when().post("/v1/handoffs").then().statusCode(201).extract().path("ticketId");
        return Map.of("ticketId", ticket, "idempotencyKey", "contract-" + UUID.randomUUID());
    }

    /** A ticket id no ticket has (ids are random UUIDs). */
    @State("no ticket has the id")
    Map<String, Object> noTicket() {
        return Map.of("ticketId", UUID.randomUUID().toString());
    }
}
