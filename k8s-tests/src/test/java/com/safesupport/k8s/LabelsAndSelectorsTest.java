package com.safesupport.k8s;

import io.kubernetes.client.custom.IntOrString;
import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1Service;
import io.kubernetes.client.openapi.models.V1ServicePort;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/** app.kubernetes.io/* labels everywhere, selectors that match their pods, Services that reach a declared port. */
class LabelsAndSelectorsTest {

    private static final Pattern LABEL_VALUE = Pattern.compile("(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?");
    private static final String NAME = "app.kubernetes.io/name";
    private static final String PART_OF = "app.kubernetes.io/part-of";

    @ParameterizedTest
    @MethodSource("com.safesupport.k8s.Overlays#names")
    void everyObjectCarriesTheRecommendedLabels(String overlay) {
        Manifests m = Overlays.rendered(overlay);
        var v = new Overlays.Violations();
        for (Manifests.Manifest item : m.items) {
            Map<String, String> labels = labels(item.node().path("metadata").path("labels"));
            v.check("safe-support-suite".equals(labels.get(PART_OF)), item.source(), PART_OF + " missing");
            v.check("kustomize".equals(labels.get("app.kubernetes.io/managed-by")), item.source(), "app.kubernetes.io/managed-by missing");
            labels.forEach((k, val) -> v.check(val.length() <= 63 && LABEL_VALUE.matcher(val).matches(), item.source(),
                    "label " + k + "=" + val + " is not a valid label value (kube-score label-values)"));
        }
        for (Manifests.Workload w : m.workloads()) {
            Map<String, String> pod = w.template().getMetadata().getLabels();
            v.check(w.name().equals(w.metadata().getLabels().get(NAME)), w,
                    NAME + " must equal the object's name (Polaris metadataAndNameMismatched)");
            for (String key : List.of(NAME, "app.kubernetes.io/component", PART_OF)) {
                v.check(pod.containsKey(key), w, "pod template lacks " + key);
            }
            if (w.isSuiteService()) {
                String tag = w.template().getSpec().getContainers().getFirst().getImage().replaceAll(".*:", "");
                String version = pod.get("app.kubernetes.io/version");
                v.check(tag.equals(version) || tag.startsWith(version + "-"), w,
                        "pods carry app.kubernetes.io/version = the image tag's version (" + tag + ")");
            }
        }
        v.assertNone(overlay + ": labels");
    }

    @ParameterizedTest
    @MethodSource("com.safesupport.k8s.Overlays#names")
    void selectorsMatchTheirPodTemplatesAndUseOnlyStableLabels(String overlay) {
        var v = new Overlays.Violations();
        for (Manifests.Workload w : Overlays.rendered(overlay).workloads()) {
            v.check(Labels.matches(w.selector(), w.template().getMetadata().getLabels()), w,
                    "selector does not match the pod template (kube-linter mismatching-selector)");
            Set<String> keys = Objects.requireNonNullElse(w.selector().getMatchLabels(), Map.<String, String>of()).keySet();
            v.check(Set.of(NAME, "app.kubernetes.io/instance").containsAll(keys)
                    && (w.selector().getMatchExpressions() == null || w.selector().getMatchExpressions().isEmpty()), w,
                    "selectors are immutable: use only app.kubernetes.io/name (and instance), found " + keys);
        }
        v.assertNone(overlay + ": selectors");
    }

    @ParameterizedTest
    @MethodSource("com.safesupport.k8s.Overlays#names")
    void servicesTargetPodsOnDeclaredPorts(String overlay) {
        Manifests m = Overlays.rendered(overlay);
        var v = new Overlays.Violations();
        for (V1Service s : m.all(V1Service.class)) {
            String where = "Service/" + s.getMetadata().getName();
            v.check(!"LoadBalancer".equals(s.getSpec().getType()) && !"NodePort".equals(s.getSpec().getType()), where,
                    "Services stay internal; traffic enters through the ingress controller (kube-score service-type)");
            List<Manifests.Workload> targets = m.workloads().stream()
                    .filter(w -> Labels.matches(s.getSpec().getSelector(), w.template().getMetadata().getLabels())).toList();
            v.check(targets.size() == 1, where, "must select exactly one workload's pods (kube-score service-targets-pod, "
                    + "kube-linter dangling-service), selects " + targets.size());
            for (Manifests.Workload w : targets) {
                V1Container c = w.template().getSpec().getContainers().getFirst();
                for (V1ServicePort p : s.getSpec().getPorts()) {
                    IntOrString target = Objects.requireNonNullElse(p.getTargetPort(), new IntOrString(p.getPort()));
                    v.check(WorkloadRules.declares(c, target), where, "targetPort " + target + " is not declared by " + w);
                    v.check(p.getName() != null, where, "ports are named (for ServiceMonitors and NetworkPolicies)");
                }
            }
        }
        v.assertNone(overlay + ": services");
    }

    private static Map<String, String> labels(com.fasterxml.jackson.databind.JsonNode node) {
        Map<String, String> out = new java.util.TreeMap<>();
        node.properties().forEach(e -> out.put(e.getKey(), e.getValue().asText()));
        return out;
    }
}
