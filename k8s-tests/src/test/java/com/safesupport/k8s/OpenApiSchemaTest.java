package com.safesupport.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Every rendered object, and every resource file under k8s/, against the upstream Kubernetes OpenAPI schemas and the
 * prometheus-operator CRD schemas ({@link OpenApiSchemas}), not only against a client library's models.
 */
class OpenApiSchemaTest {

    /** Without Node.js on a laptop the checks are skipped with the reason; in CI (K8S_SCHEMA_REQUIRED) they fail. */
    @BeforeAll
    static void validatorsInstalled() {
        OpenApiSchemas.unavailable().ifPresent(why -> assumeTrue(false, why));
    }

    @ParameterizedTest
    @MethodSource("com.safesupport.k8s.Overlays#names")
    void everyRenderedObjectMatchesTheApiSchema(String overlay) {
        Manifests m = Overlays.rendered(overlay);
        List<Map.Entry<String, JsonNode>> docs = new ArrayList<>();
        for (Manifests.Manifest item : m.items) {
            docs.add(Map.entry(overlay + ": " + item.source(), item.node()));
        }
        assertAllValid(docs);
    }

    @Test
    void everyResourceFileUnderK8sMatchesTheApiSchema() {
        SourceTree tree = SourceTree.load();
        List<Map.Entry<String, JsonNode>> docs = new ArrayList<>();
        for (SourceTree.File f : tree.resources) {
            f.documents().forEach(d -> docs.add(Map.entry(f.relative(), d)));
        }
        assertTrue(docs.size() > 20, "resource files found: " + docs.size());
        assertAllValid(docs);
    }

    @Test
    void aWrongTypeAnUnknownEnumValueAndAMissingRequiredFieldAreRejected() {
        SourceTree tree = SourceTree.load();
        JsonNode deployment = tree.resources.stream().flatMap(f -> f.documents().stream())
                .filter(d -> d.path("kind").asText().equals("Deployment")).findFirst().orElseThrow();
        ObjectNode wrongType = deployment.deepCopy();
        ((ObjectNode) wrongType.at("/spec/template/spec/containers/0/ports/0")).put("containerPort", "8080");
        ObjectNode badEnum = deployment.deepCopy();
        ((ObjectNode) badEnum.at("/spec/template/spec/containers/0")).put("imagePullPolicy", "Sometimes");
        ObjectNode noSelector = deployment.deepCopy();
        ((ObjectNode) noSelector.get("spec")).remove("selector");
        JsonNode monitor = tree.resources.stream().flatMap(f -> f.documents().stream())
                .filter(d -> d.path("kind").asText().equals("ServiceMonitor")).findFirst().orElseThrow();
        ObjectNode badInterval = monitor.deepCopy();
        ((ObjectNode) badInterval.at("/spec/endpoints/0")).put("interval", "every minute");
        ObjectNode unknownKind = deployment.deepCopy();
        unknownKind.put("kind", "Deploymant");

        List<OpenApiSchemas.Result> results = OpenApiSchemas.validate(List.of(Map.entry("type", wrongType),
                Map.entry("enum", badEnum), Map.entry("required", noSelector), Map.entry("crd", badInterval),
                Map.entry("kind", unknownKind)));
        assertEquals(5, results.size());
        for (OpenApiSchemas.Result r : results) {
            assertNotNull(r.error(), r.source() + " was accepted");
        }
        assertTrue(results.get(0).error().contains("containerPort"), results.get(0).error());
        assertTrue(results.get(4).error().contains("no schema"), results.get(4).error());
    }

    private static void assertAllValid(List<Map.Entry<String, JsonNode>> docs) {
        List<OpenApiSchemas.Result> results = OpenApiSchemas.validate(docs);
        assertEquals(docs.size(), results.size());
        List<String> invalid = results.stream().filter(r -> r.error() != null)
                .map(r -> r.source() + " (" + r.type() + "): " + r.error()).toList();
        assertEquals(List.of(), invalid, "objects that do not match the API schema");
    }
}
