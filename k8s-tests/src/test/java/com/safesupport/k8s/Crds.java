package com.safesupport.k8s;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;
import java.util.Map;

/**
 * Strict shapes for the non-core documents under k8s/: the kustomize files themselves and the
 * prometheus-operator CRDs. Only the fields this repository may use are declared; anything else,
 * typos included, fails to parse. Metadata is checked separately against the Kubernetes ObjectMeta model.
 */
final class Crds {

    private Crds() {
    }

    // --- kustomize -------------------------------------------------------------------------------------------

    record Kustomization(String apiVersion, String kind, JsonNode metadata, String namespace,
                         List<Label> labels, List<String> resources, List<String> components,
                         List<Replica> replicas, List<Patch> patches, List<Generator> configMapGenerator,
                         List<Generator> secretGenerator, List<Image> images,
                         GeneratorOptions generatorOptions) {
    }

    record Label(Map<String, String> pairs, Boolean includeSelectors, Boolean includeTemplates, List<JsonNode> fields) {
    }

    record Replica(String name, Integer count) {
    }

    record Patch(String path, String patch, Target target, Map<String, Boolean> options) {
    }

    record Target(String group, String version, String kind, String name, String namespace,
                  String labelSelector, String annotationSelector) {
    }

    record Generator(String name, String namespace, String behavior, String type, List<String> literals,
                     List<String> files, List<String> envs, GeneratorOptions options) {
    }

    record GeneratorOptions(Map<String, String> labels, Map<String, String> annotations,
                            Boolean disableNameSuffixHash, Boolean immutable) {
    }

    record Image(String name, String newName, String newTag, String digest) {
    }

    // --- prometheus-operator (monitoring.coreos.com/v1) --------------------------------------------------------

    record ServiceMonitor(String apiVersion, String kind, JsonNode metadata, ServiceMonitorSpec spec) {
    }

    record ServiceMonitorSpec(LabelSelector selector, NamespaceSelector namespaceSelector,
                              List<Endpoint> endpoints, String jobLabel, List<String> targetLabels,
                              List<String> podTargetLabels) {
    }

    record LabelSelector(Map<String, String> matchLabels, List<JsonNode> matchExpressions) {
    }

    record NamespaceSelector(Boolean any, List<String> matchNames) {
    }

    record Endpoint(String port, String path, String interval, String scrapeTimeout, String scheme,
                    Boolean honorLabels, List<Relabeling> relabelings, List<Relabeling> metricRelabelings) {
    }

    record Relabeling(List<String> sourceLabels, String separator, String targetLabel, String regex,
                      String replacement, String action, Long modulus) {
    }

    record PrometheusRule(String apiVersion, String kind, JsonNode metadata, PrometheusRuleSpec spec) {
    }

    record PrometheusRuleSpec(List<RuleGroup> groups) {
    }

    record RuleGroup(String name, String interval, List<Rule> rules) {
    }

    record Rule(String alert, String record, String expr, @JsonProperty("for") String forDuration,
                @JsonProperty("keep_firing_for") String keepFiringFor,
                Map<String, String> labels, Map<String, String> annotations) {
    }
}
