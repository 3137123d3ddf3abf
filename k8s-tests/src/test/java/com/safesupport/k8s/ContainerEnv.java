package com.safesupport.k8s;

import io.kubernetes.client.openapi.models.V1ConfigMap;
import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1EnvFromSource;
import io.kubernetes.client.openapi.models.V1EnvVar;
import io.kubernetes.client.openapi.models.V1Secret;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The environment a container gets: literal values, ConfigMap keys, and Secret keys. Secrets that are not part
 * of the rendered set (prod: created outside the manifests) resolve to a placeholder and are listed as external.
 */
record ContainerEnv(Map<String, String> values, Map<String, String> secretBacked, List<String> externalSecrets,
                    List<String> missing) {

    static final String EXTERNAL_SECRET_VALUE = "<from an external Secret>";

    static ContainerEnv of(Manifests m, V1Container c) {
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, String> secretBacked = new LinkedHashMap<>();
        List<String> external = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (V1EnvFromSource from : Objects.requireNonNullElse(c.getEnvFrom(), List.<V1EnvFromSource>of())) {
            String prefix = Objects.requireNonNullElse(from.getPrefix(), "");
            if (from.getConfigMapRef() != null) {
                Optional<V1ConfigMap> cm = configMap(m, from.getConfigMapRef().getName());
                cm.ifPresentOrElse(map -> Objects.requireNonNullElse(map.getData(), Map.<String, String>of())
                                .forEach((k, v) -> values.put(prefix + k, v)),
                        () -> missing.add("ConfigMap " + from.getConfigMapRef().getName()));
            }
            if (from.getSecretRef() != null) {
                String name = from.getSecretRef().getName();
                Optional<V1Secret> secret = secret(m, name);
                if (secret.isPresent()) {
                    decoded(secret.get()).forEach((k, v) -> {
                        values.put(prefix + k, v);
                        secretBacked.put(prefix + k, name);
                    });
                } else {
                    external.add(name);
                }
            }
        }
        for (V1EnvVar e : Objects.requireNonNullElse(c.getEnv(), List.<V1EnvVar>of())) {
            if (e.getValueFrom() == null) {
                values.put(e.getName(), Objects.requireNonNullElse(e.getValue(), ""));
            } else if (e.getValueFrom().getSecretKeyRef() != null) {
                var ref = e.getValueFrom().getSecretKeyRef();
                secretBacked.put(e.getName(), ref.getName());
                Optional<V1Secret> secret = secret(m, ref.getName());
                if (secret.isPresent()) {
                    String v = decoded(secret.get()).get(ref.getKey());
                    if (v == null) {
                        missing.add("Secret " + ref.getName() + " key " + ref.getKey());
                    }
                    values.put(e.getName(), Objects.requireNonNullElse(v, ""));
                } else {
                    external.add(ref.getName());
                    values.put(e.getName(), EXTERNAL_SECRET_VALUE);
                }
            } else if (e.getValueFrom().getConfigMapKeyRef() != null) {
                var ref = e.getValueFrom().getConfigMapKeyRef();
                Optional<String> v = configMap(m, ref.getName()).map(cm -> cm.getData().get(ref.getKey()));
                v.ifPresentOrElse(val -> values.put(e.getName(), val),
                        () -> missing.add("ConfigMap " + ref.getName() + " key " + ref.getKey()));
            } else {
                values.put(e.getName(), "<from the downward API>");
            }
        }
        return new ContainerEnv(values, secretBacked, external, missing);
    }

    static Optional<V1ConfigMap> configMap(Manifests m, String name) {
        return m.all(V1ConfigMap.class).stream().filter(c -> c.getMetadata().getName().equals(name)).findFirst();
    }

    static Optional<V1Secret> secret(Manifests m, String name) {
        return m.all(V1Secret.class).stream().filter(s -> s.getMetadata().getName().equals(name)).findFirst();
    }

    static Map<String, String> decoded(V1Secret secret) {
        Map<String, String> out = new LinkedHashMap<>();
        if (secret.getData() != null) {
            secret.getData().forEach((k, v) -> out.put(k, new String(v, StandardCharsets.UTF_8)));
        }
        if (secret.getStringData() != null) {
            out.putAll(secret.getStringData());
        }
        return out;
    }
}
