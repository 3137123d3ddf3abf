package com.safesupport.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The per-workload rules applied to the base files as written, without kustomize: these run (and must pass)
 * even where kubectl is missing and the rendered-overlay tests are skipped. The base Deployments are complete
 * objects; overlays only change images, resources, pull policy and replicas on top.
 */
class BaseFilesTest {

    private static Manifests base() {
        List<Manifests.Manifest> items = new ArrayList<>();
        for (SourceTree.File f : SourceTree.load().resources) {
            if (!f.relative().startsWith("k8s/base/")) {
                continue;
            }
            for (JsonNode doc : f.documents()) {
                items.add(new Manifests.Manifest(f.relative(), doc, Schema.parse(doc, f.relative())));
            }
        }
        return Manifests.of("k8s/base files", items);
    }

    @Test
    void theBaseDeploymentsMeetEveryWorkloadRuleOnTheirOwn() {
        Manifests m = base();
        assertEquals(Repo.SERVICES.size(), m.suiteServices().size());
        var v = new Overlays.Violations();
        var owners = WorkloadRules.newAccountOwners();
        for (Manifests.Workload w : m.workloads()) {
            PodSecurity.restricted(w, v);
            PodSecurity.hardened(w, v);
            WorkloadRules.images(w, false, v);
            WorkloadRules.resources(w, v);
            WorkloadRules.probes(w, v);
            WorkloadRules.rollout(w, v);
            WorkloadRules.gracefulShutdown(m, w, v);
            WorkloadRules.placement(w, v);
            WorkloadRules.identity(m, w, owners, v);
            WorkloadRules.writableTmp(w, v);
            v.check(w.replicas() == null, w, "the base leaves replicas to the HPA");
        }
        v.assertNone("k8s/base");
    }
}
