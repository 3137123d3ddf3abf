package com.safesupport.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import io.kubernetes.client.openapi.models.V1Deployment;
import io.kubernetes.client.openapi.models.V1LabelSelector;
import io.kubernetes.client.openapi.models.V1ObjectMeta;
import io.kubernetes.client.openapi.models.V1PodTemplateSpec;
import io.kubernetes.client.openapi.models.V1StatefulSet;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** A set of parsed, strictly typed Kubernetes objects: one rendered overlay, or the raw base files. */
final class Manifests {

    /** One object, where it came from, its JSON tree and its typed model. */
    record Manifest(String source, JsonNode node, Object typed) {
        String kind() {
            return node.path("kind").asText();
        }

        String name() {
            return node.path("metadata").path("name").asText();
        }
    }

    /** A Deployment or StatefulSet, seen through what the checks need. */
    record Workload(String kind, V1ObjectMeta metadata, Integer replicas, V1LabelSelector selector,
                    V1PodTemplateSpec template, Object object) {
        String name() {
            return metadata.getName();
        }

        boolean isSuiteService() {
            return Repo.SERVICES.contains(name());
        }

        @Override
        public String toString() {
            return kind + "/" + name();
        }
    }

    private static final Map<String, Manifests> OVERLAYS = new ConcurrentHashMap<>();

    final String label;
    final List<Manifest> items;

    private Manifests(String label, List<Manifest> items) {
        this.label = label;
        this.items = List.copyOf(items);
    }

    /** An overlay rendered by kubectl kustomize, every object strictly parsed. */
    static Manifests overlay(String name) {
        return OVERLAYS.computeIfAbsent(name, n -> {
            Path dir = Repo.K8S.resolve("overlays").resolve(n);
            return parse("overlays/" + n, Kubectl.kustomize(dir));
        });
    }

    static Manifests parse(String label, String yaml) {
        List<Manifest> items = new ArrayList<>();
        for (JsonNode doc : Yaml.documents(yaml)) {
            String source = label + ": " + doc.path("kind").asText() + "/" + doc.path("metadata").path("name").asText();
            items.add(new Manifest(source, doc, Schema.parse(doc, source)));
        }
        return new Manifests(label, items);
    }

    static Manifests of(String label, List<Manifest> items) {
        return new Manifests(label, items);
    }

    <T> List<T> all(Class<T> type) {
        return items.stream().map(Manifest::typed).filter(type::isInstance).map(type::cast).toList();
    }

    List<Manifest> ofKind(String kind) {
        return items.stream().filter(m -> m.kind().equals(kind)).toList();
    }

    Optional<Manifest> find(String kind, String name) {
        return items.stream().filter(m -> m.kind().equals(kind) && m.name().equals(name)).findFirst();
    }

    List<Workload> workloads() {
        List<Workload> result = new ArrayList<>();
        for (V1Deployment d : all(V1Deployment.class)) {
            result.add(new Workload("Deployment", d.getMetadata(), d.getSpec().getReplicas(), d.getSpec().getSelector(),
                    d.getSpec().getTemplate(), d));
        }
        for (V1StatefulSet s : all(V1StatefulSet.class)) {
            result.add(new Workload("StatefulSet", s.getMetadata(), s.getSpec().getReplicas(), s.getSpec().getSelector(),
                    s.getSpec().getTemplate(), s));
        }
        return result;
    }

    List<Workload> suiteServices() {
        return workloads().stream().filter(Workload::isSuiteService).toList();
    }

    String namespace() {
        return items.stream().map(m -> m.node().path("metadata").path("namespace").asText(null))
                .filter(Objects::nonNull).findFirst().orElse("default");
    }

    @Override
    public String toString() {
        return label;
    }
}
