package com.safesupport.k8s;

import io.kubernetes.client.openapi.models.V1Namespace;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** PSS restricted on every pod of every overlay; kube-score/kube-linter/Polaris hardening on top. */
class PodSecurityTest {

    @ParameterizedTest
    @MethodSource("com.safesupport.k8s.Overlays#names")
    void everyPodMeetsThePodSecurityStandardRestricted(String overlay) {
        Manifests m = Overlays.rendered(overlay);
        var v = new Overlays.Violations();
        m.workloads().forEach(w -> PodSecurity.restricted(w, v));
        v.assertNone(overlay + ": PSS restricted");
    }

    @ParameterizedTest
    @MethodSource("com.safesupport.k8s.Overlays#names")
    void everyContainerRunsAsAHighNonRootIdOnAReadOnlyRoot(String overlay) {
        Manifests m = Overlays.rendered(overlay);
        var v = new Overlays.Violations();
        m.workloads().forEach(w -> {
            v.check(!w.isSuiteService() || !PodSecurity.HARDENING_EXCEPTIONS.containsKey(w.name()), w,
                    "the suite's services have no hardening exception");
            v.check(overlay.equals(Overlays.DEV) || !PodSecurity.HARDENING_EXCEPTIONS.containsKey(w.name()), w,
                    "hardening exceptions exist only in the dev overlay");
            PodSecurity.hardened(w, v);
        });
        v.assertNone(overlay + ": hardening");
    }

    @ParameterizedTest
    @MethodSource("com.safesupport.k8s.Overlays#names")
    void theNamespaceEnforcesTheRestrictedProfile(String overlay) {
        Manifests m = Overlays.rendered(overlay);
        var namespaces = m.all(V1Namespace.class);
        assertEquals(1, namespaces.size(), "one Namespace per overlay");
        Map<String, String> labels = namespaces.getFirst().getMetadata().getLabels();
        assertEquals("restricted", labels.get("pod-security.kubernetes.io/enforce"));
        assertEquals("restricted", labels.get("pod-security.kubernetes.io/warn"));
        assertEquals("restricted", labels.get("pod-security.kubernetes.io/audit"));
        assertEquals(namespaces.getFirst().getMetadata().getName(), m.namespace(), "objects live in the labelled namespace");
        assertFalse(m.items.stream().anyMatch(i -> !i.kind().equals("Namespace")
                && !m.namespace().equals(i.node().path("metadata").path("namespace").asText())), "every object is namespaced");
    }
}
