package com.safesupport.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What {@code /openapi} must tell a caller of every operation (DESIGN.md, Conventions): a summary and a description,
 * its success response, 401 and 403 when it needs a token, 408 and 413 when it takes a request body, and every error
 * response in problem+json. A service's
 * test extends this with {@code @QuarkusTest}, names its operations that need no token and the particular errors
 * of the operations that have some (409, 413, 429...), which the document must list.
 */
public abstract class OpenApiContract {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

    /** {@code "GET /path"} of the operations reachable without a token. */
    protected abstract Set<String> publicOperations();

    /** {@code "POST /path"} → the error codes that operation must document besides 401/403/503. */
    protected abstract Map<String, Set<String>> particularErrors();

    protected JsonNode document() throws Exception {
        String json = given().when().get("/openapi?format=json").then().statusCode(200).extract().asString();
        return new ObjectMapper().readTree(json);
    }

    @Test
    void everyOperationSaysWhatItDoesAndWhichErrorsItReturns() throws Exception {
        JsonNode paths = document().path("paths");
        List<String> missing = new ArrayList<>();
        int operations = 0;
        for (Iterator<Map.Entry<String, JsonNode>> p = paths.fields(); p.hasNext(); ) {
            Map.Entry<String, JsonNode> path = p.next();
            for (Iterator<Map.Entry<String, JsonNode>> o = path.getValue().fields(); o.hasNext(); ) {
                Map.Entry<String, JsonNode> op = o.next();
                if (!METHODS.contains(op.getKey())) {
                    continue;
                }
                operations++;
                String name = op.getKey().toUpperCase() + " " + path.getKey();
                JsonNode operation = op.getValue();
                if (operation.path("summary").asText("").isBlank()) {
                    missing.add(name + ": summary");
                }
                if (operation.path("description").asText("").isBlank()) {
                    missing.add(name + ": description");
                }
                JsonNode responses = operation.path("responses");
                boolean success = false;
                for (Iterator<String> codes = responses.fieldNames(); codes.hasNext(); ) {
                    String code = codes.next();
                    success |= code.startsWith("2") || code.startsWith("3");
                    if ((code.startsWith("4") || code.startsWith("5"))
                            && !responses.path(code).path("content").has("application/problem+json")) {
                        missing.add(name + ": " + code + " as problem+json");
                    }
                }
                if (!success) {
                    missing.add(name + ": a success response");
                }
                if (!publicOperations().contains(name)) {
                    for (String code : List.of("401", "403")) {
                        if (!responses.has(code)) {
                            missing.add(name + ": " + code);
                        }
                    }
                }
                if (operation.has("requestBody")) {
                    // a body too slow (SlowBodyBound) or too large (PayloadTooLarge) is refused on every service
                    for (String code : List.of("408", "413")) {
                        if (!responses.has(code)) {
                            missing.add(name + ": " + code);
                        }
                    }
                }
                for (String code : particularErrors().getOrDefault(name, Set.of())) {
                    if (!responses.has(code)) {
                        missing.add(name + ": " + code);
                    }
                }
            }
        }
        assertTrue(operations > 0, "the document lists no operation");
        assertEquals(List.of(), missing, "what /openapi does not tell a caller");
    }

    @Test
    void everyOperationNamedHereIsInTheDocument() throws Exception {
        JsonNode paths = document().path("paths");
        List<String> unknown = new ArrayList<>();
        for (String name : particularErrors().keySet()) {
            String[] parts = name.split(" ", 2);
            if (!paths.path(parts[1]).has(parts[0].toLowerCase())) {
                unknown.add(name);
            }
        }
        for (String name : publicOperations()) {
            String[] parts = name.split(" ", 2);
            if (!paths.path(parts[1]).has(parts[0].toLowerCase())) {
                unknown.add(name);
            }
        }
        assertEquals(List.of(), unknown, "operations named by the test but absent from /openapi");
    }
}
