package com.safesupport.escalation;

import com.safesupport.testing.OpenApiContract;
import io.quarkus.test.junit.QuarkusTest;

import java.util.Map;
import java.util.Set;

/** {@code /openapi} documents every operation of escalation-service with its errors (DESIGN.md, Conventions). */
@QuarkusTest
class OpenApiDocumentTest extends OpenApiContract {

    @Override
    protected Set<String> publicOperations() {
        return Set.of();
    }

    @Override
    protected Map<String, Set<String>> particularErrors() {
        return Map.ofEntries(
                Map.entry("POST /v1/handoffs", Set.of("400", "409", "422")),
                Map.entry("POST /v1/handoffs/{ticketId}/customer-messages", Set.of("400", "404", "409", "422")),
                Map.entry("GET /v1/tickets/{id}", Set.of("404")),
                Map.entry("POST /v1/tickets/{id}/claim", Set.of("404", "409", "412")),
                Map.entry("POST /v1/tickets/{id}/replies", Set.of("400", "404", "409", "412")),
                Map.entry("PUT /v1/tickets/{id}/feedback", Set.of("409", "412")),
                Map.entry("GET /v1/queues/{code}/events", Set.of("404")),
                Map.entry("DELETE /v1/subjects/{subjectId}/data", Set.of("400")));
    }

    @org.junit.jupiter.api.Test
    void theDeskPagesAreNotPartOfTheApiDocument() throws Exception {
        org.junit.jupiter.api.Assertions.assertFalse(document().path("paths").has("/desk"));
    }
}
