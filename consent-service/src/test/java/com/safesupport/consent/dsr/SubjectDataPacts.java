package com.safesupport.consent.dsr;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.core.model.V4Pact;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.safesupport.testing.contract.CommittedPact;
import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;

import java.net.URI;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * consent-service's contract with every service that holds personal data (DESIGN.md): the export and the erasure a
 * data-subject request runs, sent through consent-service's own REST client. What the tests check of an answer is
 * what {@code DsrOrchestrator} needs to record it as proof: the same subject id, {@code records} a list,
 * {@code erased} an object of counts. One consumer test class per provider uses these.
 */
public final class SubjectDataPacts {

    static final String SUBJECT = "c0ffee00-0000-4000-8000-0000000000d5";
    static final String HOLDS_DATA = "subject has personal data here";

    private static final ObjectMapper JSON = new ObjectMapper();

    private SubjectDataPacts() {
    }

    public static V4Pact export(PactDslWithProvider builder, String service) {
        return builder
                .given(HOLDS_DATA, "subjectId", SUBJECT)
                .uponReceiving("an export of everything held about a subject")
                .path("/v1/subjects/" + SUBJECT + "/data")
                .method("GET")
                .matchHeader("Authorization", "Bearer .+", "Bearer token")
                .willRespondWith()
                .status(200)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(new PactDslJsonBody()
                        .stringValue("service", service)
                        .stringValue("subjectId", SUBJECT)
                        .stringMatcher("generatedAt", CommittedPact.UTC_TIME, "2026-11-23T10:00:00Z")
                        .minArrayLike("records", 1)
                        .closeObject()
                        .closeArray())
                .toPact(V4Pact.class);
    }

    public static V4Pact erase(PactDslWithProvider builder, String service) {
        return builder
                .given(HOLDS_DATA, "subjectId", SUBJECT)
                .uponReceiving("an erasure of everything held about a subject")
                .path("/v1/subjects/" + SUBJECT + "/data")
                .method("DELETE")
                .matchHeader("Authorization", "Bearer .+", "Bearer token")
                .willRespondWith()
                .status(200)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(new PactDslJsonBody()
                        .stringValue("service", service)
                        .stringValue("subjectId", SUBJECT)
                        .object("erased")
                        .closeObject()
                        .asBody()
                        .stringMatcher("completedAt", CommittedPact.UTC_TIME, "2026-11-23T10:00:00Z"))
                .toPact(V4Pact.class);
    }

    public static void exported(MockServer server, String service) throws Exception {
        JsonNode answer = JSON.readTree(SubjectDataClient.bounded(api(server).export(SUBJECT), Long.MAX_VALUE).await().indefinitely());
        assertEquals(service, answer.path("service").asText());
        assertEquals(SUBJECT, answer.path("subjectId").asText());
        assertTrue(answer.path("records").isArray());
    }

    public static void erased(MockServer server, String service) throws Exception {
        JsonNode answer = JSON.readTree(SubjectDataClient.bounded(api(server).erase(SUBJECT), Long.MAX_VALUE).await().indefinitely());
        assertEquals(service, answer.path("service").asText());
        assertEquals(SUBJECT, answer.path("subjectId").asText());
        assertTrue(answer.path("erased").isObject());
    }

    private static SubjectDataApi api(MockServer server) {
        return QuarkusRestClientBuilder.newBuilder().baseUri(URI.create(server.getUrl())).build(SubjectDataApi.class);
    }
}
