package com.safesupport.escalation.relay;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.annotations.Pact;
import com.safesupport.testing.contract.CommittedPact;
import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * escalation-service's contract with bot-service: an agent's reply and the hand-back, as the outbox relay delivers
 * them (with its {@code escalation-outbox-<id>} idempotency key) through escalation-service's own REST client; any
 * 2xx counts as delivered. bot-service verifies the pact in AgentProviderContractTest.
 */
@QuarkusTest
@ExtendWith(CommittedPact.class)
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = "bot-service")
class BotContractTest {

    static final UUID CONVERSATION = UUID.fromString("5e1f0a2b-0000-4000-8000-000000000003");
    static final UUID TICKET = UUID.fromString("7d0a3c55-1111-4000-8000-00000000beef");
    static final String HELD = "a conversation held by a human under a ticket";
    static final Map<String, Object> IDS = Map.of("conversationId", CONVERSATION.toString(), "ticketId", TICKET.toString());
    static final String KEY = "escalation-outbox-0b5e0000-0000-4000-8000-000000000001";

    @Pact(consumer = "escalation-service")
    V4Pact agentMessage(PactDslWithProvider builder) {
        return builder
                .given(HELD, IDS)
                .uponReceiving("an agent's reply relayed to the customer")
                .pathFromProviderState("/v1/conversations/${conversationId}/agent-messages", "/v1/conversations/" + CONVERSATION + "/agent-messages")
                .method("POST")
                .matchHeader("Authorization", "Bearer .+", "Bearer token")
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .matchHeader("Idempotency-Key", "escalation-outbox-[0-9a-f-]{36}", KEY)
                .body(new PactDslJsonBody()
                        .stringType("text", "Hello, I am looking at your order now.")
                        .stringType("agentName", "Sam")
                        .valueFromProviderState("ticketId", "${ticketId}", TICKET.toString()))
                .willRespondWith()
                .status(201)
                .toPact(V4Pact.class);
    }

    @Pact(consumer = "escalation-service")
    V4Pact handback(PactDslWithProvider builder) {
        return builder
                .given(HELD, IDS)
                .uponReceiving("control of a conversation handed back to the AI")
                .pathFromProviderState("/v1/conversations/${conversationId}/handback", "/v1/conversations/" + CONVERSATION + "/handback")
                .method("POST")
                .matchHeader("Authorization", "Bearer .+", "Bearer token")
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .matchHeader("Idempotency-Key", "escalation-outbox-[0-9a-f-]{36}", KEY)
                .body(new PactDslJsonBody()
                        .valueFromProviderState("ticketId", "${ticketId}", TICKET.toString())
                        .stringType("note", "Resolved: refund issued"))
                .willRespondWith()
                .status(200)
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "agentMessage")
    void anAgentsReplyIsDelivered(MockServer server) {
        try (Response response = api(server).agentMessage(CONVERSATION, KEY,
                new BotApi.AgentMessage("Hello, I am looking at your order now.", "Sam", TICKET)).await().indefinitely()) {
            assertEquals(201, response.getStatus());
        }
    }

    @Test
    @PactTestFor(pactMethod = "handback")
    void theHandbackIsDelivered(MockServer server) {
        try (Response response = api(server).handback(CONVERSATION, KEY, new BotApi.Handback(TICKET, "Resolved: refund issued")).await().indefinitely()) {
            assertEquals(200, response.getStatus());
        }
    }

    private static BotApi api(MockServer server) {
        return QuarkusRestClientBuilder.newBuilder().baseUri(URI.create(server.getUrl())).build(BotApi.class);
    }
}
