package com.safesupport.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every YAML file under k8s/ and every rendered overlay parses into typed objects with no unknown field. */
class StrictParsingTest {

    private static final SourceTree TREE = SourceTree.load();

    @TestFactory
    Stream<DynamicTest> everyYamlFileUnderK8sParsesIntoTypedObjects() {
        List<DynamicTest> tests = new ArrayList<>();
        for (SourceTree.File f : TREE.kustomizations) {
            tests.add(DynamicTest.dynamicTest(f.relative(), () -> f.documents().forEach(d -> Schema.parse(d, f.relative()))));
        }
        for (SourceTree.File f : TREE.resources) {
            tests.add(DynamicTest.dynamicTest(f.relative(), () -> {
                assertFalse(f.documents().isEmpty(), f.relative() + " holds no document");
                f.documents().forEach(d -> Schema.parse(d, f.relative()));
            }));
        }
        for (SourceTree.File f : TREE.patches) {
            tests.add(DynamicTest.dynamicTest(f.relative() + " (patch, merged onto its target)", () ->
                    f.documents().forEach(d -> Schema.parse(SourceTree.merge(TREE.target(d), d), f.relative()))));
        }
        return tests.stream();
    }

    @Test
    void theTreeHoldsTheExpectedLayout() {
        List<String> kustomizations = TREE.kustomizations.stream().map(SourceTree.File::relative).toList();
        assertTrue(kustomizations.containsAll(List.of("k8s/base/kustomization.yaml",
                "k8s/components/network-policies/kustomization.yaml", "k8s/components/monitoring/kustomization.yaml",
                "k8s/overlays/dev/kustomization.yaml", "k8s/overlays/prod/kustomization.yaml")), kustomizations.toString());
        for (String service : Repo.SERVICES) {
            assertTrue(kustomizations.contains("k8s/base/" + service + "/kustomization.yaml"), service);
        }
    }

    @Test
    void aMisspeltFieldInADeploymentIsRejected() {
        JsonNode deployment = resource("Deployment", "consent-service");
        ObjectNode container = (ObjectNode) deployment.at("/spec/template/spec/containers/0/securityContext");
        container.set("readOnlyRootFileSystem", container.remove("readOnlyRootFilesystem"));
        var e = assertThrows(Schema.Invalid.class, () -> Schema.parse(deployment, "typo"));
        assertTrue(e.getMessage().contains("readOnlyRootFileSystem"), e.getMessage());
    }

    @Test
    void aMissingRequiredFieldIsRejected() {
        JsonNode deployment = resource("Deployment", "bot-service");
        ((ObjectNode) deployment.at("/spec/template/spec/containers/0")).remove("name");
        assertThrows(Schema.Invalid.class, () -> Schema.parse(deployment, "missing name"));
    }

    @Test
    void aMisspeltFieldInAKustomizationOrACustomResourceIsRejected() {
        JsonNode kustomization = Yaml.documents("""
                apiVersion: kustomize.config.k8s.io/v1beta1
                kind: Kustomization
                resource:
                  - deployment.yaml
                """).getFirst();
        assertThrows(Schema.Invalid.class, () -> Schema.parse(kustomization, "typo"));
        JsonNode monitor = Yaml.documents("""
                apiVersion: monitoring.coreos.com/v1
                kind: ServiceMonitor
                metadata:
                  name: x
                spec:
                  endpoints:
                    - port: management
                      pathh: /q/metrics
                """).getFirst();
        assertThrows(Schema.Invalid.class, () -> Schema.parse(monitor, "typo"));
        JsonNode unknownKind = Yaml.documents("""
                apiVersion: example.com/v1
                kind: Widget
                metadata:
                  name: x
                """).getFirst();
        assertThrows(Schema.Invalid.class, () -> Schema.parse(unknownKind, "unknown kind"));
    }

    @ParameterizedTest
    @MethodSource("com.safesupport.k8s.Overlays#names")
    void eachOverlayRendersWithKubectlKustomizeIntoTypedObjects(String overlay) {
        Manifests m = Overlays.rendered(overlay);
        assertFalse(m.workloads().isEmpty(), overlay + " renders no workload");
    }

    private static JsonNode resource(String kind, String name) {
        for (SourceTree.File f : TREE.resources) {
            for (JsonNode d : f.documents()) {
                if (d.path("kind").asText().equals(kind) && d.path("metadata").path("name").asText().equals(name)) {
                    return d.deepCopy();
                }
            }
        }
        throw new IllegalStateException(kind + "/" + name);
    }
}
