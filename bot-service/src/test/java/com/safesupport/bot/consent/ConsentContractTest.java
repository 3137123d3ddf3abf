package com.safesupport.bot.consent;

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
import org.jboss.resteasy.reactive.RestResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * bot-service's contract with consent-service: the decision it asks before every use of a customer's data, read
 * through bot-service's own REST client and DTO. consent-service verifies the pact in its ConsentProviderContractTest.
 */
@QuarkusTest
@ExtendWith(CommittedPact.class)
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = "consent-service")
class ConsentContractTest {

    static final String SUBJECT = "c0ffee00-0000-4000-8000-000000000001";
    static final String ETAG = "\"0123456789abcdef0123456789abcdef\"";

    @Pact(consumer = "bot-service")
    V4Pact given(PactDslWithProvider builder) {
        return builder
                .given("subject has given consent to ai-assistance", "subjectId", SUBJECT)
                .uponReceiving("the ai-assistance decision of a subject who gave consent")
                .pathFromProviderState("/v1/subjects/${subjectId}/decisions/ai-assistance", "/v1/subjects/" + SUBJECT + "/decisions/ai-assistance")
                .method("GET")
                .matchHeader("Authorization", "Bearer .+", "Bearer token")
                .willRespondWith()
                .status(200)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .matchHeader("ETag", "\".+\"", ETAG)
                .matchHeader("Cache-Control", "max-age=5", "max-age=5")
                .body(decision(true, "GIVEN"))
                .toPact(V4Pact.class);
    }

    @Pact(consumer = "bot-service")
    V4Pact notAsked(PactDslWithProvider builder) {
        return builder
                .given("subject was never asked about ai-assistance", "subjectId", SUBJECT)
                .uponReceiving("the ai-assistance decision of a subject never asked")
                .pathFromProviderState("/v1/subjects/${subjectId}/decisions/ai-assistance", "/v1/subjects/" + SUBJECT + "/decisions/ai-assistance")
                .method("GET")
                .matchHeader("Authorization", "Bearer .+", "Bearer token")
                .willRespondWith()
                .status(200)
                .matchHeader("ETag", "\".+\"", ETAG)
                .body(new PactDslJsonBody()
                        .stringType("subjectId", SUBJECT)
                        .stringValue("purpose", "ai-assistance")
                        .booleanValue("allowed", false)
                        .stringValue("state", "NOT_ASKED"))
                .toPact(V4Pact.class);
    }

    @Pact(consumer = "bot-service")
    V4Pact unchanged(PactDslWithProvider builder) {
        return builder
                .given("subject has given consent to ai-assistance", "subjectId", SUBJECT)
                .uponReceiving("a revalidation of a cached decision that has not changed")
                .pathFromProviderState("/v1/subjects/${subjectId}/decisions/ai-assistance", "/v1/subjects/" + SUBJECT + "/decisions/ai-assistance")
                .method("GET")
                .matchHeader("Authorization", "Bearer .+", "Bearer token")
                .headerFromProviderState("If-None-Match", "${etag}", ETAG)
                .willRespondWith()
                .status(304)
                .matchHeader("ETag", "\".+\"", ETAG)
                .toPact(V4Pact.class);
    }

    private static PactDslJsonBody decision(boolean allowed, String state) {
        return (PactDslJsonBody) new PactDslJsonBody()
                .stringType("subjectId", SUBJECT)
                .stringValue("purpose", "ai-assistance")
                .booleanValue("allowed", allowed)
                .stringValue("state", state)
                .stringType("legalBasis", "consent")
                .integerType("noticeVersion", 1)
                .stringMatcher("decidedAt", CommittedPact.UTC_TIME, "2026-11-01T10:00:00Z")
                .stringMatcher("expiresAt", CommittedPact.UTC_TIME, "2027-11-01T10:00:00Z")
                .uuid("evidenceEventId", "6f1c2b0e-0000-4000-8000-000000000001");
    }

    @Test
    @PactTestFor(pactMethod = "given")
    void aGivenConsentAllows(MockServer server) {
        RestResponse<ConsentDecision> response = api(server).decision(SUBJECT, "ai-assistance", null).await().indefinitely();
        assertEquals(200, response.getStatus());
        assertNotNull(response.getHeaderString("ETag"));
        ConsentDecision decision = response.getEntity();
        assertTrue(decision.allowed());
        assertEquals("GIVEN", decision.state());
        assertNotNull(decision.decidedAt());
    }

    @Test
    @PactTestFor(pactMethod = "notAsked")
    void neverAskedDoesNotAllow(MockServer server) {
        ConsentDecision decision = api(server).decision(SUBJECT, "ai-assistance", null).await().indefinitely().getEntity();
        assertFalse(decision.allowed());
        assertEquals("NOT_ASKED", decision.state());
    }

    @Test
    @PactTestFor(pactMethod = "unchanged")
    void anUnchangedDecisionIsNotSentAgain(MockServer server) {
        assertEquals(304, api(server).decision(SUBJECT, "ai-assistance", ETAG).await().indefinitely().getStatus());
    }

    private static ConsentApi api(MockServer server) {
        return QuarkusRestClientBuilder.newBuilder().baseUri(URI.create(server.getUrl())).build(ConsentApi.class);
    }
}
