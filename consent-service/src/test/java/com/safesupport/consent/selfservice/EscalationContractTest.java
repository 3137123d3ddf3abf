package com.safesupport.consent.selfservice;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.annotations.Pact;
import com.safesupport.consent.dsr.SubjectDataPacts;
import com.safesupport.testing.contract.CommittedPact;
import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every call consent-service makes to escalation-service (one test class per consumer–provider pair, see
 * CommittedPact): the held-tickets question of the agent-consent rule, through consent-service's own REST client,
 * and the subject-data export and erasure ({@link SubjectDataPacts}). escalation-service verifies the pact in
 * EscalationProviderContractTest.
 */
@QuarkusTest
@ExtendWith(CommittedPact.class)
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = "escalation-service")
class EscalationContractTest {

    static final String SERVICE = "escalation-service";
    static final String SUBJECT = "c0ffee00-0000-4000-8000-0000000000e1";
    static final String AGENT = "alex";
    static final String TICKET = "7d0a3c55-1111-4000-8000-0000000000a1";
    static final Map<String, Object> WHO = Map.of("subjectId", SUBJECT, "agent", AGENT);
    static final String UUID_RE = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    @Pact(consumer = "consent-service")
    V4Pact holds(PactDslWithProvider builder) {
        return builder
                .given("an agent holds an open ticket of the subject", WHO)
                .uponReceiving("which open tickets of a subject an agent holds")
                .pathFromProviderState("/v1/subjects/${subjectId}/held-tickets", "/v1/subjects/" + SUBJECT + "/held-tickets")
                .queryParameterFromProviderState("agent", "${agent}", AGENT)
                .method("GET")
                .matchHeader("Authorization", "Bearer .+", "Bearer token")
                .willRespondWith()
                .status(200)
                .body(new PactDslJsonBody()
                        .valueFromProviderState("subjectId", "${subjectId}", SUBJECT)
                        .valueFromProviderState("agent", "${agent}", AGENT)
                        .minArrayLike("tickets", 1)
                        .stringMatcher("ticketId", UUID_RE, TICKET)
                        .stringMatcher("status", "ASSIGNED|IN_PROGRESS|WAITING_ON_CUSTOMER", "ASSIGNED")
                        .closeObject()
                        .closeArray())
                .toPact(V4Pact.class);
    }

    @Pact(consumer = "consent-service")
    V4Pact holdsNone(PactDslWithProvider builder) {
        return builder
                .given("an agent holds no ticket of the subject", WHO)
                .uponReceiving("which open tickets of a subject an agent holds, when none")
                .pathFromProviderState("/v1/subjects/${subjectId}/held-tickets", "/v1/subjects/" + SUBJECT + "/held-tickets")
                .queryParameterFromProviderState("agent", "${agent}", AGENT)
                .method("GET")
                .matchHeader("Authorization", "Bearer .+", "Bearer token")
                .willRespondWith()
                .status(200)
                .body(new PactDslJsonBody()
                        .valueFromProviderState("subjectId", "${subjectId}", SUBJECT)
                        .valueFromProviderState("agent", "${agent}", AGENT)
                        .array("tickets")
                        .closeArray())
                .toPact(V4Pact.class);
    }

    @Pact(consumer = "consent-service")
    V4Pact export(PactDslWithProvider builder) {
        return SubjectDataPacts.export(builder, SERVICE);
    }

    @Pact(consumer = "consent-service")
    V4Pact erase(PactDslWithProvider builder) {
        return SubjectDataPacts.erase(builder, SERVICE);
    }

    @Test
    @PactTestFor(pactMethod = "holds")
    void anAgentsHeldTicketIsTheirAuthority(MockServer server) {
        HeldTicketsApi.HeldTickets held = api(server).held(SUBJECT, AGENT);
        assertEquals(TICKET, held.tickets().getFirst().ticketId().toString());
    }

    @Test
    @PactTestFor(pactMethod = "holdsNone")
    void noHeldTicketIsNoAuthority(MockServer server) {
        assertTrue(api(server).held(SUBJECT, AGENT).tickets().isEmpty());
    }

    @Test
    @PactTestFor(pactMethod = "export")
    void exports(MockServer server) throws Exception {
        SubjectDataPacts.exported(server, SERVICE);
    }

    @Test
    @PactTestFor(pactMethod = "erase")
    void erases(MockServer server) throws Exception {
        SubjectDataPacts.erased(server, SERVICE);
    }

    private static HeldTicketsApi api(MockServer server) {
        return QuarkusRestClientBuilder.newBuilder().baseUri(URI.create(server.getUrl())).build(HeldTicketsApi.class);
    }
}
