package com.safesupport.k8s;

import io.kubernetes.client.custom.IntOrString;
import io.kubernetes.client.custom.Quantity;
import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1ContainerPort;
import io.kubernetes.client.openapi.models.V1Deployment;
import io.kubernetes.client.openapi.models.V1HTTPGetAction;
import io.kubernetes.client.openapi.models.V1PodSpec;
import io.kubernetes.client.openapi.models.V1Probe;
import io.kubernetes.client.openapi.models.V1ResourceRequirements;
import io.kubernetes.client.openapi.models.V1ServiceAccount;
import io.kubernetes.client.openapi.models.V1TopologySpreadConstraint;
import io.kubernetes.client.openapi.models.V1VolumeMount;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** Rules for every Deployment and StatefulSet: images, resources, probes, rollout, shutdown, placement, identity. */
final class WorkloadRules {

    private static final List<String> RESOURCES = List.of("cpu", "memory", "ephemeral-storage");
    private static final Map<String, Integer> MANAGEMENT_PORTS = Map.of("consent-service", 9081,
            "redaction-service", 9082, "bot-service", 9083, "escalation-service", 9084);
    private static final Map<String, Integer> HTTP_PORTS = Map.of("consent-service", 8081,
            "redaction-service", 8082, "bot-service", 8083, "escalation-service", 8084);

    private WorkloadRules() {
    }

    /** kube-score container-image-tag, kube-linter latest-tag, Polaris tagNotSpecified; pull policy per overlay. */
    static void images(Manifests.Workload w, boolean pullAlways, Overlays.Violations v) {
        for (V1Container c : PodSecurity.containers(w.template().getSpec())) {
            String image = c.getImage();
            String where = w + " container " + c.getName();
            int slash = image.lastIndexOf('/');
            String last = image.substring(slash + 1);
            boolean digest = image.contains("@sha256:");
            boolean tagged = last.contains(":") && !last.endsWith(":latest");
            v.check(digest || tagged, where, "image " + image + " needs an explicit tag other than latest");
            if (pullAlways && w.isSuiteService()) {
                v.check("Always".equals(c.getImagePullPolicy()), where,
                        "imagePullPolicy must be Always (kube-score container-image-pull-policy, Polaris pullPolicyNotAlways)");
            } else {
                v.check(c.getImagePullPolicy() != null, where, "imagePullPolicy must be explicit");
            }
        }
    }

    /** kube-score container-resources + container-ephemeral-storage-request-and-limit, kube-linter unset-*, Polaris. */
    static void resources(Manifests.Workload w, Overlays.Violations v) {
        for (V1Container c : PodSecurity.containers(w.template().getSpec())) {
            String where = w + " container " + c.getName();
            V1ResourceRequirements r = c.getResources();
            if (r == null || r.getRequests() == null || r.getLimits() == null) {
                v.add(where + ": requests and limits are required");
                continue;
            }
            for (String name : RESOURCES) {
                Quantity request = r.getRequests().get(name);
                Quantity limit = r.getLimits().get(name);
                v.check(request != null && request.getNumber().signum() > 0, where, "no " + name + " request");
                v.check(limit != null && limit.getNumber().signum() > 0, where, "no " + name + " limit");
                if (request != null && limit != null) {
                    v.check(request.getNumber().compareTo(limit.getNumber()) <= 0, where, name + " request above its limit");
                }
            }
        }
    }

    /**
     * Startup, readiness and liveness probes, all present and not identical (kube-score pod-probes,
     * kube-linter no-liveness-probe/no-readiness-probe, Polaris), on a declared container port (kube-linter
     * liveness-port/readiness-port/startup-port). The four services probe their management port at the
     * SmallRye Health paths.
     */
    static void probes(Manifests.Workload w, Overlays.Violations v) {
        for (V1Container c : w.template().getSpec().getContainers()) {
            String where = w + " container " + c.getName();
            V1Probe startup = c.getStartupProbe();
            V1Probe ready = c.getReadinessProbe();
            V1Probe live = c.getLivenessProbe();
            v.check(startup != null, where, "no startupProbe");
            v.check(ready != null, where, "no readinessProbe");
            v.check(live != null, where, "no livenessProbe");
            if (startup == null || ready == null || live == null) {
                continue;
            }
            v.check(!ready.equals(live) && !startup.equals(live) && !startup.equals(ready), where,
                    "startup, readiness and liveness probes must differ (kube-score pod-probes-identical)");
            for (V1Probe p : List.of(startup, ready, live)) {
                if (p.getHttpGet() != null) {
                    v.check(declares(c, p.getHttpGet().getPort()), where, "probe port " + p.getHttpGet().getPort()
                            + " is not a declared container port");
                }
                if (p.getTcpSocket() != null) {
                    v.check(declares(c, p.getTcpSocket().getPort()), where, "probe port " + p.getTcpSocket().getPort()
                            + " is not a declared container port");
                }
            }
            // A liveness probe that fails faster than readiness would restart pods that only need a breather.
            v.check(failureWindow(live) > failureWindow(ready), where,
                    "liveness must tolerate longer than readiness before acting");
            if (w.isSuiteService()) {
                managementProbe(w, c, startup, "/q/health/started", v);
                managementProbe(w, c, ready, "/q/health/ready", v);
                managementProbe(w, c, live, "/q/health/live", v);
                int httpPort = HTTP_PORTS.get(w.name());
                v.check(port(c, "http") == httpPort, where, "port http must be " + httpPort + " (DESIGN.md)");
            }
        }
    }

    private static void managementProbe(Manifests.Workload w, V1Container c, V1Probe probe, String path,
                                        Overlays.Violations v) {
        V1HTTPGetAction get = probe.getHttpGet();
        String where = w + " container " + c.getName();
        if (get == null) {
            v.add(where + ": " + path + " must be an httpGet probe");
            return;
        }
        v.check(path.equals(get.getPath()), where, "probe path " + get.getPath() + ", expected " + path);
        int expected = MANAGEMENT_PORTS.get(w.name());
        v.check(resolve(c, get.getPort()) == expected, where, "probe " + path + " must use the management port " + expected);
    }

    private static int failureWindow(V1Probe p) {
        return Objects.requireNonNullElse(p.getPeriodSeconds(), 10) * Objects.requireNonNullElse(p.getFailureThreshold(), 3);
    }

    static boolean declares(V1Container c, IntOrString port) {
        return resolve(c, port) > 0;
    }

    static int resolve(V1Container c, IntOrString port) {
        for (V1ContainerPort p : Objects.requireNonNullElse(c.getPorts(), List.<V1ContainerPort>of())) {
            if (port.isInteger() ? p.getContainerPort().equals(port.getIntValue()) : port.getStrValue().equals(p.getName())) {
                return p.getContainerPort();
            }
        }
        return -1;
    }

    static int port(V1Container c, String name) {
        return resolve(c, new IntOrString(name));
    }

    /** RollingUpdate with maxUnavailable 0 (kube-linter no-rolling-update-strategy) for the services. */
    static void rollout(Manifests.Workload w, Overlays.Violations v) {
        if (!(w.object() instanceof V1Deployment d) || !w.isSuiteService()) {
            return;
        }
        var strategy = d.getSpec().getStrategy();
        v.check(strategy != null && "RollingUpdate".equals(strategy.getType()), w, "strategy must be RollingUpdate");
        if (strategy != null && strategy.getRollingUpdate() != null) {
            IntOrString maxUnavailable = strategy.getRollingUpdate().getMaxUnavailable();
            boolean zero = maxUnavailable != null && (maxUnavailable.isInteger() ? maxUnavailable.getIntValue() == 0
                    : maxUnavailable.getStrValue().equals("0%"));
            v.check(zero, w, "rollingUpdate.maxUnavailable must be 0");
        } else {
            v.add(w + ": rollingUpdate.maxUnavailable must be 0");
        }
    }

    /**
     * terminationGracePeriodSeconds covers the preStop pause plus Quarkus' shutdown timeout (as the service's
     * real configuration sets it), so in-flight requests finish before SIGKILL.
     */
    static void gracefulShutdown(Manifests m, Manifests.Workload w, Overlays.Violations v) {
        if (!w.isSuiteService()) {
            return;
        }
        V1PodSpec spec = w.template().getSpec();
        V1Container c = spec.getContainers().getFirst();
        Duration shutdown = ServiceConfig.shutdownTimeout(w.name(), ContainerEnv.of(m, c).values());
        long preStop = c.getLifecycle() != null && c.getLifecycle().getPreStop() != null
                && c.getLifecycle().getPreStop().getSleep() != null ? c.getLifecycle().getPreStop().getSleep().getSeconds() : 0;
        long grace = Objects.requireNonNullElse(spec.getTerminationGracePeriodSeconds(), 30L);
        v.check(shutdown.getSeconds() > 0, w, "quarkus.shutdown.timeout must be set so requests drain");
        v.check(preStop > 0, w, "a preStop sleep lets endpoints drop the pod before shutdown starts");
        v.check(grace >= preStop + shutdown.getSeconds() + 5, w, "terminationGracePeriodSeconds " + grace
                + " < preStop " + preStop + " s + quarkus.shutdown.timeout " + shutdown.getSeconds() + " s + 5 s");
    }

    /** Spread over nodes and zones (Polaris topologySpreadConstraint, kube-score/kube-linter anti-affinity). */
    static void placement(Manifests.Workload w, Overlays.Violations v) {
        if (!w.isSuiteService()) {
            return;
        }
        V1PodSpec spec = w.template().getSpec();
        List<V1TopologySpreadConstraint> spread = Objects.requireNonNullElse(spec.getTopologySpreadConstraints(), List.of());
        Set<String> keys = new java.util.HashSet<>();
        for (V1TopologySpreadConstraint t : spread) {
            keys.add(t.getTopologyKey());
            v.check(t.getLabelSelector() != null && Labels.matches(t.getLabelSelector(), w.template().getMetadata().getLabels()),
                    w, "topology spread on " + t.getTopologyKey() + " must select the workload's own pods");
        }
        v.check(keys.containsAll(Set.of("kubernetes.io/hostname", "topology.kubernetes.io/zone")), w,
                "topology spread across kubernetes.io/hostname and topology.kubernetes.io/zone");
        var anti = spec.getAffinity() == null ? null : spec.getAffinity().getPodAntiAffinity();
        v.check(anti != null, w, "pod anti-affinity on hostname (kube-score deployment-has-host-podantiaffinity)");
    }

    /** A ServiceAccount of its own, existing, with no token mounted (kube-linter default-service-account, Polaris). */
    static void identity(Manifests m, Manifests.Workload w, Map<String, String> accountOwners, Overlays.Violations v) {
        V1PodSpec spec = w.template().getSpec();
        String account = spec.getServiceAccountName();
        v.check(account != null && !account.equals("default"), w, "needs its own ServiceAccount");
        v.check(Boolean.FALSE.equals(spec.getAutomountServiceAccountToken()), w, "automountServiceAccountToken must be false");
        if (account == null) {
            return;
        }
        var sa = m.all(V1ServiceAccount.class).stream().filter(s -> s.getMetadata().getName().equals(account)).findFirst();
        v.check(sa.isPresent(), w, "ServiceAccount " + account + " does not exist (kube-linter non-existent-service-account)");
        sa.ifPresent(s -> v.check(Boolean.FALSE.equals(s.getAutomountServiceAccountToken()), "ServiceAccount/" + account,
                "automountServiceAccountToken must be false"));
        String previous = accountOwners.putIfAbsent(account, w.name());
        v.check(previous == null, w, "shares ServiceAccount " + account + " with " + previous);
    }

    /** Read-only root needs a writable /tmp; the services get an emptyDir with a size limit. */
    static void writableTmp(Manifests.Workload w, Overlays.Violations v) {
        if (!w.isSuiteService()) {
            return;
        }
        V1PodSpec spec = w.template().getSpec();
        V1Container c = spec.getContainers().getFirst();
        var mount = Objects.requireNonNullElse(c.getVolumeMounts(), List.<V1VolumeMount>of()).stream()
                .filter(vm -> "/tmp".equals(vm.getMountPath())).findFirst();
        v.check(mount.isPresent(), w, "/tmp must be mounted");
        mount.ifPresent(vm -> {
            var volume = spec.getVolumes().stream().filter(vol -> vol.getName().equals(vm.getName())).findFirst();
            v.check(volume.isPresent() && volume.get().getEmptyDir() != null
                    && volume.get().getEmptyDir().getSizeLimit() != null, w, "/tmp must be an emptyDir with a sizeLimit");
            volume.filter(vol -> vol.getEmptyDir() != null && vol.getEmptyDir().getSizeLimit() != null).ifPresent(vol -> {
                var limit = c.getResources() == null || c.getResources().getLimits() == null ? null
                        : c.getResources().getLimits().get("ephemeral-storage");
                v.check(limit != null && vol.getEmptyDir().getSizeLimit().getNumber().compareTo(limit.getNumber()) <= 0, w,
                        "/tmp's sizeLimit must fit in the ephemeral-storage limit, or the pod is evicted before /tmp is full");
            });
        });
    }

    static Map<String, String> newAccountOwners() {
        return new HashMap<>();
    }
}
