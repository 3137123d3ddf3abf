package com.safesupport.k8s;

import io.kubernetes.client.openapi.models.V1LabelSelector;
import io.kubernetes.client.openapi.models.V1LabelSelectorRequirement;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Label selector semantics (matchLabels and matchExpressions), as the API server applies them. */
final class Labels {

    private Labels() {
    }

    static boolean matches(V1LabelSelector selector, Map<String, String> labels) {
        if (selector == null) {
            return false;
        }
        Map<String, String> actual = Objects.requireNonNullElse(labels, Map.of());
        if (selector.getMatchLabels() != null) {
            for (var e : selector.getMatchLabels().entrySet()) {
                if (!e.getValue().equals(actual.get(e.getKey()))) {
                    return false;
                }
            }
        }
        for (V1LabelSelectorRequirement r : Objects.requireNonNullElse(selector.getMatchExpressions(),
                List.<V1LabelSelectorRequirement>of())) {
            String value = actual.get(r.getKey());
            List<String> values = Objects.requireNonNullElse(r.getValues(), List.of());
            boolean ok = switch (r.getOperator()) {
                case "In" -> value != null && values.contains(value);
                case "NotIn" -> value == null || !values.contains(value);
                case "Exists" -> value != null;
                case "DoesNotExist" -> value == null;
                default -> throw new IllegalArgumentException("operator " + r.getOperator());
            };
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /** {@code {}}: selects everything. */
    static boolean isEmpty(V1LabelSelector selector) {
        return (selector.getMatchLabels() == null || selector.getMatchLabels().isEmpty())
                && (selector.getMatchExpressions() == null || selector.getMatchExpressions().isEmpty());
    }

    static boolean matches(Map<String, String> selector, Map<String, String> labels) {
        return matches(new V1LabelSelector().matchLabels(selector), labels);
    }
}
