package com.safesupport.k8s;

import io.kubernetes.client.openapi.models.V1Deployment;
import io.kubernetes.client.openapi.models.V1PodDisruptionBudget;
import io.kubernetes.client.openapi.models.V2HorizontalPodAutoscaler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** HPA and PDB rules: prod autoscales every service from 2 with a PDB; dev runs one replica of each and neither. */
class ScalingTest {

    @ParameterizedTest
    @MethodSource("com.safesupport.k8s.Overlays#names")
    void aDeploymentTargetedByAnHpaSetsNoReplicas(String overlay) {
        Manifests m = Overlays.rendered(overlay);
        var v = new Overlays.Violations();
        for (V2HorizontalPodAutoscaler hpa : m.all(V2HorizontalPodAutoscaler.class)) {
            var ref = hpa.getSpec().getScaleTargetRef();
            String where = "HorizontalPodAutoscaler/" + hpa.getMetadata().getName();
            var target = m.all(V1Deployment.class).stream()
                    .filter(d -> "Deployment".equals(ref.getKind()) && d.getMetadata().getName().equals(ref.getName())).findFirst();
            v.check(target.isPresent(), where, "targets no Deployment (kube-linter dangling-horizontalpodautoscaler)");
            target.ifPresent(d -> v.check(d.getSpec().getReplicas() == null, where, "its Deployment sets replicas; the HPA "
                    + "owns the count (kube-score deployment-targeted-by-hpa-does-not-have-replicas-configured)"));
            Integer min = hpa.getSpec().getMinReplicas();
            v.check(min != null && min >= 2, where, "minReplicas must be at least 2 (Polaris hpaMinAvailability)");
            v.check(min != null && hpa.getSpec().getMaxReplicas() > min, where, "maxReplicas must exceed minReplicas (Polaris hpaMaxAvailability)");
            boolean cpu = Objects.requireNonNullElse(hpa.getSpec().getMetrics(), List.<io.kubernetes.client.openapi.models.V2MetricSpec>of())
                    .stream().anyMatch(ms -> ms.getResource() != null && "cpu".equals(ms.getResource().getName())
                            && "Utilization".equals(ms.getResource().getTarget().getType()));
            v.check(cpu, where, "scales on CPU utilisation");
        }
        v.assertNone(overlay + ": HPA");
    }

    @Test
    void prodAutoscalesEveryServiceAndProtectsItWithADisruptionBudget() {
        Manifests m = Overlays.rendered(Overlays.PROD);
        var v = new Overlays.Violations();
        for (Manifests.Workload w : m.suiteServices()) {
            long hpas = m.all(V2HorizontalPodAutoscaler.class).stream()
                    .filter(h -> h.getSpec().getScaleTargetRef().getName().equals(w.name())).count();
            v.check(hpas == 1, w, "needs exactly one HorizontalPodAutoscaler, found " + hpas);
            v.check(w.replicas() == null, w, "sets replicas although autoscaled");
            List<V1PodDisruptionBudget> pdbs = m.all(V1PodDisruptionBudget.class).stream()
                    .filter(p -> Labels.matches(p.getSpec().getSelector(), w.template().getMetadata().getLabels())).toList();
            v.check(pdbs.size() == 1, w, "needs exactly one PodDisruptionBudget (kube-score deployment-has-poddisruptionbudget), found " + pdbs.size());
        }
        v.assertNone("prod: autoscaling");
    }

    @ParameterizedTest
    @MethodSource("com.safesupport.k8s.Overlays#names")
    void disruptionBudgetsSelectPodsAndNeverBlockDrains(String overlay) {
        Manifests m = Overlays.rendered(overlay);
        var v = new Overlays.Violations();
        for (V1PodDisruptionBudget pdb : m.all(V1PodDisruptionBudget.class)) {
            String where = "PodDisruptionBudget/" + pdb.getMetadata().getName();
            long selected = m.workloads().stream()
                    .filter(w -> Labels.matches(pdb.getSpec().getSelector(), w.template().getMetadata().getLabels())).count();
            v.check(selected == 1, where, "must select exactly one workload's pods, selects " + selected);
            var maxUnavailable = pdb.getSpec().getMaxUnavailable();
            v.check(pdb.getSpec().getMinAvailable() == null, where, "use maxUnavailable, not minAvailable "
                    + "(Polaris pdbMinAvailableGreaterThanHPAMinReplicas)");
            v.check(maxUnavailable != null && (maxUnavailable.isInteger() ? maxUnavailable.getIntValue() >= 1
                    : !maxUnavailable.getStrValue().equals("0%")), where, "maxUnavailable 0 blocks every drain "
                    + "(kube-linter pdb-max-unavailable, Polaris pdbDisruptionsIsZero)");
        }
        v.assertNone(overlay + ": PDB");
    }

    @Test
    void devRunsOneReplicaOfEachServiceWithoutAutoscaling() {
        Manifests m = Overlays.rendered(Overlays.DEV);
        assertTrue(m.all(V2HorizontalPodAutoscaler.class).isEmpty(), "dev has no HPA");
        assertTrue(m.all(V1PodDisruptionBudget.class).isEmpty(), "dev has no PDB");
        for (Manifests.Workload w : m.workloads()) {
            assertEquals(1, w.replicas(), w + " replicas");
        }
    }
}
