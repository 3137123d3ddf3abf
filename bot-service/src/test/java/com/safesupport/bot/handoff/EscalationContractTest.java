package com.safesupport.bot.handoff;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import au.com.dius.pact.consumer.dsl.PactDslJsonRootValue;
import au.com.dius.pact.consumer.dsl.PactDslRequestWithPath;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.annotations.Pact;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.safesupport.testing.contract.CommittedPact;
import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * bot-service's contract with escalation-service: a hand-off, serialised the way the outbox stores it and sent through
 * bot-service's own REST client. The request matchers carry escalation-service's limits, so a hand-off the bot
 * would build beyond them fails here, not in production. The customer messages relayed while a person holds the
 * conversation go through {@link EscalationClient#relay} as {@link CustomerMessageRelay} sends them: its body, its
 * Idempotency-Key, and a 404 for a ticket escalation-service does not have (final for the relay). escalation-service
 * verifies the pact in EscalationProviderContractTest.
 */
@QuarkusTest
@ExtendWith(CommittedPact.class)
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = "escalation-service")
class EscalationContractTest {

    static final String REASONS = "HUMAN_REQUESTED|NO_CONSENT|LOW_CONFIDENCE|OUT_OF_SCOPE|SENSITIVE_TOPIC|NEGATIVE_SENTIMENT"
            + "|GUARDRAIL_BLOCKED|REPEATED_FAILURE|SYSTEM_DEGRADED|DECISION_REVIEW";
    static final String UUID_RE = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
    static final String CONVERSATION = "5e1f0a2b-0000-4000-8000-000000000002";
    static final String SUBJECT = "c0ffee00-0000-4000-8000-000000000003";
    static final String TICKET = "7d0a3c55-1111-4000-8000-00000000cafe";
    static final String NO_TICKET = "7d0a3c55-1111-4000-8000-0000000000ff";
    static final UUID MESSAGE = UUID.fromString("3b0c1d2e-0000-4000-8000-000000000004");
    static final String KEY = CustomerMessageRelay.idempotencyKey(MESSAGE, 0);
    static final String TEXT = "Still waiting for <EMAIL_ADDRESS_1>, any news?";

    @Inject
    ObjectMapper json;

    @Pact(consumer = "bot-service")
    V4Pact handOff(PactDslWithProvider builder) {
        return builder
                .uponReceiving("a hand-off of a conversation to humans")
                .path("/v1/handoffs")
                .method("POST")
                .matchHeader("Authorization", "Bearer .+", "Bearer token")
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .matchHeader("Idempotency-Key", "[!-~]{1,255}", "handoff-" + CONVERSATION + "-3")
                .body(new PactDslJsonBody()
                        .uuid("conversationId", CONVERSATION)
                        .stringMatcher("subjectId", "[^\\s].{0,127}", SUBJECT)
                        .minMaxArrayLike("reasons", 1, HandoffRequest.MAX_REASONS, PactDslJsonRootValue.stringMatcher(REASONS, "HUMAN_REQUESTED"), 1)
                        .stringMatcher("locale", "(?=.{2,35}$)[A-Za-z]{2,3}([-_][A-Za-z0-9]{1,8})*", "de-CH")
                        .stringMatcher("channel", "[A-Za-z0-9._-]{1,32}", "web")
                        .stringMatcher("summary", "(?s).{0,4000}", "Hand-off after 3 customer message(s); reasons: HUMAN_REQUESTED.")
                        .minMaxArrayLike("transcript", 1, HandoffRequest.MAX_LINES)
                        .stringMatcher("author", "[^\\s].{0,31}", "CUSTOMER")
                        .stringMatcher("text", "(?s).{0,8000}", "I want to talk to a person about <EMAIL_ADDRESS_1>")
                        .stringMatcher("at", CommittedPact.UTC_TIME, "2026-11-23T10:00:00Z")
                        .closeObject()
                        .closeArray()
                        .asBody()
                        .maxArrayLike("decisionRecordIds", HandoffRequest.MAX_DECISIONS, PactDslJsonRootValue.stringMatcher(UUID_RE, "6f1c2b0e-0000-4000-8000-000000000009"), 1))
                .willRespondWith()
                .status(201)
                .matchHeader("Location", ".*/v1/handoffs/" + UUID_RE, "/v1/handoffs/7d0a3c55-1111-4000-8000-00000000cafe")
                .body(new PactDslJsonBody()
                        .uuid("ticketId", "7d0a3c55-1111-4000-8000-00000000cafe")
                        .stringType("status", "OPEN")
                        .stringType("queue", "general")
                        .stringType("priority", "NORMAL")
                        .stringMatcher("firstResponseDueAt", CommittedPact.UTC_TIME, "2026-11-23T12:00:00Z"))
                .toPact(V4Pact.class);
    }

    @Pact(consumer = "bot-service")
    V4Pact customerMessage(PactDslWithProvider builder) {
        return relayed(builder
                .given("a ticket of a hand-off is open", "ticketId", TICKET)
                .uponReceiving("a customer message relayed to the ticket while a person holds the conversation")
                .pathFromProviderState("/v1/handoffs/${ticketId}/customer-messages", "/v1/handoffs/" + TICKET + "/customer-messages"))
                .headerFromProviderState("Idempotency-Key", "${idempotencyKey}", KEY)
                .willRespondWith()
                .status(200)
                .body(new PactDslJsonBody()
                        .valueFromProviderState("ticketId", "${ticketId}", TICKET)
                        .stringType("status", "OPEN"))
                .toPact(V4Pact.class);
    }

    @Pact(consumer = "bot-service")
    V4Pact customerMessageWithoutTicket(PactDslWithProvider builder) {
        return relayed(builder
                .given("no ticket has the id", "ticketId", NO_TICKET)
                .uponReceiving("a customer message relayed to a ticket that does not exist")
                .pathFromProviderState("/v1/handoffs/${ticketId}/customer-messages", "/v1/handoffs/" + NO_TICKET + "/customer-messages"))
                .willRespondWith()
                .status(404)
                .toPact(V4Pact.class);
    }

    /**
     * The relay's request: its token, an Idempotency-Key, and a {@link CustomerMessage} within escalation-service's
     * limits (a non-blank text of at most 8,000 characters).
     */
    private static PactDslRequestWithPath relayed(PactDslRequestWithPath request) {
        return request
                .method("POST")
                .matchHeader("Authorization", "Bearer .+", "Bearer token")
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .matchHeader("Idempotency-Key", "[!-~]{1,255}", KEY)
                .body(new PactDslJsonBody()
                        .stringMatcher("text", "(?s)(?=.*\\S).{1," + CustomerMessage.MAX_TEXT_CHARS + "}", TEXT)
                        .stringMatcher("at", CommittedPact.UTC_TIME, "2026-11-23T10:05:00Z"));
    }

    /** A redacted message longer than escalation-service takes: relayed in parts, each its own key, as the relay sends them. */
    @Test
    @PactTestFor(pactMethod = "customerMessage")
    void aLongCustomerMessageIsRelayedInPartsWithinEscalationsLimits(MockServer server) throws Exception {
        Instant at = Instant.parse("2026-11-23T10:05:00Z");
        List<String> parts = CustomerMessageRelay.parts((TEXT + " ").repeat(200));
        assertEquals(2, parts.size());

        for (int part = 0; part < parts.size(); part++) {
            client(server).relay(TICKET, CustomerMessageRelay.idempotencyKey(MESSAGE, part),
                    json.writeValueAsString(new CustomerMessage(parts.get(part), at)));
        }
    }

    /** No such ticket: a final answer (ClientErrorException), so the relay rejects the entry instead of retrying it. */
    @Test
    @PactTestFor(pactMethod = "customerMessageWithoutTicket")
    void aCustomerMessageForAnUnknownTicketIsAFinalAnswer(MockServer server) throws Exception {
        String body = json.writeValueAsString(new CustomerMessage(TEXT, Instant.parse("2026-11-23T10:05:00Z")));

        jakarta.ws.rs.ClientErrorException e = assertThrows(jakarta.ws.rs.ClientErrorException.class,
                () -> client(server).relay(NO_TICKET, KEY, body));

        assertEquals(404, e.getResponse().getStatus());
    }

    /** A long conversation: more lines and decisions than escalation-service takes, a long agent reply. */
    @Test
    @PactTestFor(pactMethod = "handOff")
    void aLongConversationIsHandedOffWithinEscalationsLimits(MockServer server) throws Exception {
        Instant at = Instant.parse("2026-11-23T10:00:00Z");
        List<HandoffRequest.Line> lines = new ArrayList<>();
        IntStream.range(0, 700).forEach(i -> lines.add(new HandoffRequest.Line(i % 2 == 0 ? "CUSTOMER" : "AI", "line " + i, at.plusSeconds(i))));
        lines.add(new HandoffRequest.Line("AGENT", "x".repeat(9000), at.plusSeconds(700)));
        List<String> decisions = IntStream.range(0, 150).mapToObj(i -> UUID.randomUUID().toString()).toList();
        HandoffRequest request = new HandoffRequest(CONVERSATION, SUBJECT, List.of("HUMAN_REQUESTED", "LOW_CONFIDENCE", "HUMAN_REQUESTED"),
                "de-CH", "web", "s".repeat(5000), lines, decisions);

        HandoffTicket ticket = api(server).create("handoff-" + CONVERSATION + "-3", json.writeValueAsString(request));

        assertNotNull(ticket.ticketId());
        assertEquals("OPEN", ticket.status());
        assertNotNull(ticket.firstResponseDueAt());
        assertEquals("line 699", request.transcript().get(request.transcript().size() - 2).text());
    }

    /** bot-service's client as the relay calls it, on the pact's mock server (no CDI: the fault tolerance is not under test). */
    private static EscalationClient client(MockServer server) {
        EscalationClient client = new EscalationClient();
        client.api = api(server);
        return client;
    }

    private static EscalationApi api(MockServer server) {
        return QuarkusRestClientBuilder.newBuilder().baseUri(URI.create(server.getUrl())).build(EscalationApi.class);
    }
}
