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
                Map.entry("POST /v1/conversations/{id}/messages", Set.of("400", "404", "409", "413", "429")),
                Map.entry("POST /v1/conversations/{id}/agent-messages", Set.of("400", "404", "409")),
                Map.entry("POST /v1/conversations/{id}/handback", Set.of("404", "409")),
                Map.entry("DELETE /v1/subjects/{subjectId}/data", Set.of("400")));
    }

    @org.junit.jupiter.api.Test
    void thePagesAreNotPartOfTheApiDocument() throws Exception {
        org.junit.jupiter.api.Assertions.assertFalse(document().path("paths").has("/chat"));
    }
}
