package com.safesupport.bot;

import com.safesupport.testing.OpenApiContract;
import io.quarkus.test.junit.QuarkusTest;

import java.util.Map;
import java.util.Set;

/** {@code /openapi} documents every operation of bot-service with its errors (DESIGN.md, Conventions). */
@QuarkusTest
class OpenApiDocumentTest extends OpenApiContract {

    @Override
    protected Set<String> publicOperations() {
        return Set.of();
    }

    @Override
    protected Map<String, Set<String>> particularErrors() {
        return Map.ofEntries(
                Map.entry("POST /v1/conversations", Set.of("400", "429")),
                Map.entry("GET /v1/conversations/{id}", Set.of("403", "404")),
                Map.entry("POST /v1/conversations/{id}/messages", Set.of("400", "404", "409", "413", "422", "429")),
                Map.entry("POST /v1/conversations/{id}/agent-messages", Set.of("400", "404", "409")),
                Map.entry("POST /v1/conversations/{id}/handback", Set.of("404", "409")),
                Map.entry("DELETE /v1/subjects/{subjectId}/data", Set.of("400")));
    }

    @org.junit.jupiter.api.Test
    void theMessageEndpointDocumentsItsIdempotencyKey() throws Exception {
        com.fasterxml.jackson.databind.JsonNode operation = document().path("paths").path("/v1/conversations/{id}/messages").path("post");
        boolean documented = false;
        for (com.fasterxml.jackson.databind.JsonNode parameter : operation.path("parameters")) {
            documented |= "Idempotency-Key".equals(parameter.path("name").asText()) && "header".equals(parameter.path("in").asText())
                    && !parameter.path("required").asBoolean(false) && parameter.path("schema").path("maxLength").asInt() == 255;
        }
        org.junit.jupiter.api.Assertions.assertTrue(documented, operation.toString());
        org.junit.jupiter.api.Assertions.assertTrue(operation.path("responses").path("200").path("content").has("application/json"));
    }

    @org.junit.jupiter.api.Test
    void thePagesAreNotPartOfTheApiDocument() throws Exception {
        org.junit.jupiter.api.Assertions.assertFalse(document().path("paths").has("/chat"));
    }
}
