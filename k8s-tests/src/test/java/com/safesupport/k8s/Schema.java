package com.safesupport.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.gson.JsonParser;
import io.kubernetes.client.openapi.models.V1ConfigMap;
import io.kubernetes.client.openapi.models.V1Deployment;
import io.kubernetes.client.openapi.models.V1Ingress;
import io.kubernetes.client.openapi.models.V1Namespace;
import io.kubernetes.client.openapi.models.V1NetworkPolicy;
import io.kubernetes.client.openapi.models.V1ObjectMeta;
import io.kubernetes.client.openapi.models.V1PersistentVolumeClaim;
import io.kubernetes.client.openapi.models.V1PodDisruptionBudget;
import io.kubernetes.client.openapi.models.V1Secret;
import io.kubernetes.client.openapi.models.V1Service;
import io.kubernetes.client.openapi.models.V1ServiceAccount;
import io.kubernetes.client.openapi.models.V1StatefulSet;
import io.kubernetes.client.openapi.models.V2HorizontalPodAutoscaler;

import java.io.IOException;
import java.lang.reflect.Method;
import java.util.Map;

/**
 * Parses one document into its typed model and rejects any field the model does not know. Core kinds use the
 * official Kubernetes Java models ({@code io.kubernetes:client-java-api}, generated from the API's OpenAPI
 * spec; their {@code validateJsonElement} refuses unknown and missing required fields at every depth);
 * the kustomize files and CRDs use the strict records of {@link Crds}.
 */
final class Schema {

    private static final Map<String, Class<?>> CORE = Map.ofEntries(
            Map.entry("v1/Namespace", V1Namespace.class),
            Map.entry("v1/ServiceAccount", V1ServiceAccount.class),
            Map.entry("v1/Service", V1Service.class),
            Map.entry("v1/ConfigMap", V1ConfigMap.class),
            Map.entry("v1/Secret", V1Secret.class),
            Map.entry("v1/PersistentVolumeClaim", V1PersistentVolumeClaim.class),
            Map.entry("apps/v1/Deployment", V1Deployment.class),
            Map.entry("apps/v1/StatefulSet", V1StatefulSet.class),
            Map.entry("autoscaling/v2/HorizontalPodAutoscaler", V2HorizontalPodAutoscaler.class),
            Map.entry("policy/v1/PodDisruptionBudget", V1PodDisruptionBudget.class),
            Map.entry("networking.k8s.io/v1/NetworkPolicy", V1NetworkPolicy.class),
            Map.entry("networking.k8s.io/v1/Ingress", V1Ingress.class));

    private static final Map<String, Class<?>> OTHER = Map.of(
            "kustomize.config.k8s.io/v1beta1/Kustomization", Crds.Kustomization.class,
            "kustomize.config.k8s.io/v1alpha1/Component", Crds.Kustomization.class,
            "monitoring.coreos.com/v1/ServiceMonitor", Crds.ServiceMonitor.class,
            "monitoring.coreos.com/v1/PrometheusRule", Crds.PrometheusRule.class);

    private Schema() {
    }

    /** A document that does not match its schema. */
    static final class Invalid extends RuntimeException {
        Invalid(String message, Throwable cause) {
            super(message, cause);
        }
    }

    static String typeKey(JsonNode doc) {
        return doc.path("apiVersion").asText() + "/" + doc.path("kind").asText();
    }

    static Object parse(JsonNode doc, String source) {
        String key = typeKey(doc);
        Class<?> core = CORE.get(key);
        if (core != null) {
            return parseCore(core, Yaml.json(doc), source);
        }
        Class<?> other = OTHER.get(key);
        if (other == null) {
            throw new Invalid(source + ": no schema for " + key + " (add one before using a new kind)", null);
        }
        try {
            Object value = Yaml.JSON.treeToValue(doc, other);
            if (doc.has("metadata")) {
                parseCore(V1ObjectMeta.class, Yaml.json(doc.get("metadata")), source + " metadata");
            }
            return value;
        } catch (IOException e) {
            throw new Invalid(source + ": " + key + ": " + e.getMessage(), e);
        }
    }

    private static Object parseCore(Class<?> model, String json, String source) {
        try {
            Method validate = model.getMethod("validateJsonElement", com.google.gson.JsonElement.class);
            validate.invoke(null, JsonParser.parseString(json));
            return model.getMethod("fromJson", String.class).invoke(null, json);
        } catch (java.lang.reflect.InvocationTargetException e) {
            Throwable cause = e.getCause();
            throw new Invalid(source + ": " + model.getSimpleName() + ": " + cause.getMessage(), cause);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
