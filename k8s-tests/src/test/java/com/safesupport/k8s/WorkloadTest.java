package com.safesupport.k8s;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Images, resources, probes, rollout, shutdown, placement and identity of every workload, per overlay. */
class WorkloadTest {

    @ParameterizedTest
    @MethodSource("com.safesupport.k8s.Overlays#names")
    void eachOverlayRunsTheFourServices(String overlay) {
        List<String> names = Overlays.rendered(overlay).suiteServices().stream().map(Manifests.Workload::name).sorted().toList();
        assertEquals(Repo.SERVICES.stream().sorted().toList(), names);
    }

    @ParameterizedTest
    @MethodSource("com.safesupport.k8s.Overlays#names")
    void imagesHaveExplicitTagsNeverLatest(String overlay) {
        var v = new Overlays.Violations();
        Overlays.rendered(overlay).workloads().forEach(w -> WorkloadRules.images(w, overlay.equals(Overlays.PROD), v));
        v.assertNone(overlay + ": images");
    }

    @ParameterizedTest
    @MethodSource("com.safesupport.k8s.Overlays#names")
    void everyContainerRequestsAndLimitsCpuMemoryAndEphemeralStorage(String overlay) {
        var v = new Overlays.Violations();
        Overlays.rendered(overlay).workloads().forEach(w -> WorkloadRules.resources(w, v));
        v.assertNone(overlay + ": resources");
    }

    @ParameterizedTest
    @MethodSource("com.safesupport.k8s.Overlays#names")
    void probesAreDistinctAndTheServicesProbeTheirManagementPort(String overlay) {
        var v = new Overlays.Violations();
        Overlays.rendered(overlay).workloads().forEach(w -> WorkloadRules.probes(w, v));
        v.assertNone(overlay + ": probes");
    }

    @ParameterizedTest
    @MethodSource("com.safesupport.k8s.Overlays#names")
    void rolloutsNeverDropBelowTheCurrentCount(String overlay) {
        var v = new Overlays.Violations();
        Overlays.rendered(overlay).workloads().forEach(w -> WorkloadRules.rollout(w, v));
        v.assertNone(overlay + ": rollout");
    }

    @ParameterizedTest
    @MethodSource("com.safesupport.k8s.Overlays#names")
    void terminationGraceCoversPreStopAndQuarkusShutdownTimeout(String overlay) {
        Manifests m = Overlays.rendered(overlay);
        var v = new Overlays.Violations();
        m.workloads().forEach(w -> WorkloadRules.gracefulShutdown(m, w, v));
        v.assertNone(overlay + ": graceful shutdown");
    }

    @ParameterizedTest
    @MethodSource("com.safesupport.k8s.Overlays#names")
    void servicesSpreadAcrossNodesAndZones(String overlay) {
        var v = new Overlays.Violations();
        Overlays.rendered(overlay).workloads().forEach(w -> WorkloadRules.placement(w, v));
        v.assertNone(overlay + ": placement");
    }

    @ParameterizedTest
    @MethodSource("com.safesupport.k8s.Overlays#names")
    void eachWorkloadHasItsOwnServiceAccountWithoutAToken(String overlay) {
        Manifests m = Overlays.rendered(overlay);
        var v = new Overlays.Violations();
        var owners = WorkloadRules.newAccountOwners();
        m.workloads().forEach(w -> WorkloadRules.identity(m, w, owners, v));
        v.assertNone(overlay + ": service accounts");
    }

    @ParameterizedTest
    @MethodSource("com.safesupport.k8s.Overlays#names")
    void readOnlyRootsGetASizedEmptyDirForTmp(String overlay) {
        var v = new Overlays.Violations();
        Overlays.rendered(overlay).workloads().forEach(w -> WorkloadRules.writableTmp(w, v));
        v.assertNone(overlay + ": /tmp");
    }
}
