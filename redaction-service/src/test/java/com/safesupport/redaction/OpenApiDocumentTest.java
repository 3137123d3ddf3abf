package com.safesupport.redaction;

import com.safesupport.testing.OpenApiContract;
import io.quarkus.test.junit.QuarkusTest;

import java.util.Map;
import java.util.Set;

/** {@code /openapi} documents every operation of redaction-service with its errors (DESIGN.md, Conventions). */
@QuarkusTest
class OpenApiDocumentTest extends OpenApiContract {

    @Override
    protected Set<String> publicOperations() {
        return Set.of();
    }

    @Override
    protected Map<String, Set<String>> particularErrors() {
        return Map.ofEntries(
                Map.entry("POST /v1/redact", Set.of("400", "413")),
                Map.entry("POST /v1/redact/batch", Set.of("400", "413")),
                Map.entry("POST /v1/analyze", Set.of("400", "413")),
                Map.entry("POST /v1/anonymize", Set.of("400", "413")),
                Map.entry("POST /v1/deanonymize", Set.of("400", "413")),
                Map.entry("GET /v1/supportedentities", Set.of("400")),
                Map.entry("GET /v1/recognizers", Set.of("400")),
                Map.entry("DELETE /v1/scopes/{scope}", Set.of("400")),
                Map.entry("POST /v1/restore", Set.of("400")),
                Map.entry("GET /v1/subjects/{subjectId}/data", Set.of("400")),
                Map.entry("DELETE /v1/subjects/{subjectId}/data", Set.of("400")));
    }
}
