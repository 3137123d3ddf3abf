package com.safesupport.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Validation against the schemas of the Kubernetes API itself rather than a client's models: the validators of
 * {@code kubernetes-models} 5.1.0 (generated from the upstream Kubernetes OpenAPI document; its API groups go up to
 * Kubernetes 1.34, a superset of the 1.32 we render with) and {@code @kubernetes-models/prometheus-operator} 6.0.0
 * (generated from the operator's CRD schemas). They check types, formats, enums and required fields; unknown fields
 * are left to {@link Schema}'s strict parsing. The build installs them from the npm registry into
 * {@code target/schema} ({@code npm ci}, pinned by {@code src/test/schema/package-lock.json}); Node.js runs them.
 */
final class OpenApiSchemas {

    static final Path DIR = Path.of("target/schema").toAbsolutePath();

    /** One object's verdict: {@code error} is null when it is valid. */
    record Result(String source, String type, String error) {
    }

    private OpenApiSchemas() {
    }

    /**
     * kustomize wraps long base64 values of a Secret's {@code data} over several lines; the API server's decoder
     * (Go's base64) skips the line breaks, the schema's {@code format: byte} check does not. The same value
     * without line breaks is what the server stores.
     */
    private static JsonNode asTheApiServerDecodesIt(JsonNode object) {
        if (!"Secret".equals(object.path("kind").asText()) || !object.path("data").isObject()) {
            return object;
        }
        com.fasterxml.jackson.databind.node.ObjectNode copy = object.deepCopy();
        com.fasterxml.jackson.databind.node.ObjectNode data = (com.fasterxml.jackson.databind.node.ObjectNode) copy.get("data");
        data.properties().forEach(e -> e.setValue(Yaml.JSON.getNodeFactory().textNode(e.getValue().asText().replaceAll("[\\r\\n]", ""))));
        return copy;
    }

    /** Validates each document (source name → object); every document gets a result. */
    /**
     * Empty when the validators are installed (Node.js and npm were on PATH at build time), else why not. CI sets
     * {@code K8S_SCHEMA_REQUIRED=true}: there a missing validator fails the build instead of skipping the checks.
     */
    static java.util.Optional<String> unavailable() {
        if (Files.isDirectory(DIR.resolve("node_modules/kubernetes-models"))) {
            return java.util.Optional.empty();
        }
        String why = "the OpenAPI schema validators are not installed in " + DIR
                + " (Node.js 20+ with npm was not on PATH when this module was built)";
        if (Boolean.parseBoolean(System.getenv("K8S_SCHEMA_REQUIRED"))) {
            throw new IllegalStateException(why + ", and K8S_SCHEMA_REQUIRED=true");
        }
        return java.util.Optional.of(why);
    }

    static List<Result> validate(List<Map.Entry<String, JsonNode>> documents) {
        if (!Files.isDirectory(DIR.resolve("node_modules/kubernetes-models"))) {
            throw new IllegalStateException("the schema validators are not installed in " + DIR
                    + ": build this module with Maven (it runs npm ci there), and have Node.js 20+ with npm on PATH");
        }
        try {
            ArrayNode input = Yaml.JSON.createArrayNode();
            for (var d : documents) {
                input.addObject().put("source", d.getKey()).set("object", asTheApiServerDecodesIt(d.getValue()));
            }
            Path file = Files.createTempFile(DIR, "objects-", ".json");
            try {
                Yaml.JSON.writeValue(file.toFile(), input);
                Process node = new ProcessBuilder("node", DIR.resolve("validate.mjs").toString(), file.toString())
                        .directory(DIR.toFile()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
                byte[] out = node.getInputStream().readAllBytes();
                if (!node.waitFor(120, TimeUnit.SECONDS) || node.exitValue() != 0) {
                    throw new IllegalStateException("node validate.mjs failed (exit " + node.exitValue() + ")");
                }
                List<Result> results = new ArrayList<>();
                for (JsonNode r : Yaml.JSON.readTree(new String(out, StandardCharsets.UTF_8))) {
                    results.add(new Result(r.path("source").asText(), r.path("type").asText(),
                            r.path("error").isNull() ? null : r.path("error").asText()));
                }
                return results;
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot run the schema validators (is Node.js installed?): " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
