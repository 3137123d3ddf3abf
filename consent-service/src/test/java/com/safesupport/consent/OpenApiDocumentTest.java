package com.safesupport.consent;

import com.safesupport.testing.OpenApiContract;
import io.quarkus.test.junit.QuarkusTest;

import java.util.Map;
import java.util.Set;

/** {@code /openapi} documents every operation of consent-service with its errors (DESIGN.md, Conventions). */
@QuarkusTest
class OpenApiDocumentTest extends OpenApiContract {

    @Override
    protected Set<String> publicOperations() {
        return Set.of("GET /v1/receipts/jwks");
    }

    @Override
    protected Map<String, Set<String>> particularErrors() {
        return Map.ofEntries(
                Map.entry("GET /v1/receipts/{eventId}", Set.of("404", "410")),
                Map.entry("POST /v1/subjects/{subjectId}/consents/{purpose}", Set.of("400", "404", "409")),
                Map.entry("DELETE /v1/subjects/{subjectId}/consents/{purpose}", Set.of("404")),
                Map.entry("GET /v1/purposes/{code}", Set.of("404")),
                Map.entry("POST /v1/dsr", Set.of("400", "409", "429")),
                Map.entry("GET /v1/dsr/{id}/bundle", Set.of("404", "409", "410")),
                Map.entry("POST /v1/dsr/{id}/execute", Set.of("404", "409")),
                Map.entry("POST /v1/dsr/{id}/extend", Set.of("404", "409")),
                Map.entry("GET /v1/subjects/{subjectId}/decisions/{purpose}", Set.of("400", "404")),
                Map.entry("DELETE /v1/subjects/{subjectId}/data", Set.of("400")));
    }
}
