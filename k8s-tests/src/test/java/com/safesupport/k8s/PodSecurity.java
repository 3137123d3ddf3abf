package com.safesupport.k8s;

import io.kubernetes.client.openapi.models.V1Capabilities;
import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1PodSecurityContext;
import io.kubernetes.client.openapi.models.V1PodSpec;
import io.kubernetes.client.openapi.models.V1SeccompProfile;
import io.kubernetes.client.openapi.models.V1SecurityContext;
import io.kubernetes.client.openapi.models.V1Volume;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The Pod Security Standards "restricted" profile (baseline + restricted controls, as the admission controller
 * evaluates them) and the stricter hardening of kube-score, kube-linter and Polaris on top.
 */
final class PodSecurity {

    /** Volume types the restricted profile allows. */
    private static final Set<String> RESTRICTED_VOLUMES = Set.of("configMap", "csi", "downwardAPI", "emptyDir",
            "ephemeral", "persistentVolumeClaim", "projected", "secret");
    private static final Set<String> SAFE_SYSCTLS = Set.of("kernel.shm_rmid_forced", "net.ipv4.ip_local_port_range",
            "net.ipv4.ip_unprivileged_port_start", "net.ipv4.tcp_syncookies", "net.ipv4.ping_group_range",
            "net.ipv4.ip_local_reserved_ports", "net.ipv4.tcp_keepalive_time", "net.ipv4.tcp_fin_timeout",
            "net.ipv4.tcp_keepalive_intvl", "net.ipv4.tcp_keepalive_probes");

    /**
     * Hardening the dev overlay's Keycloak cannot meet: the image is built for arbitrary user ids with group 0.
     * That stays within PSS restricted; its root file system is read-only like every other container's (emptyDirs
     * where it writes), and the four services have no exception.
     */
    static final Map<String, Set<String>> HARDENING_EXCEPTIONS = Map.of(
            "keycloak", Set.of("runAsGroup"));

    private PodSecurity() {
    }

    static List<V1Container> containers(V1PodSpec spec) {
        List<V1Container> all = new ArrayList<>(spec.getContainers());
        if (spec.getInitContainers() != null) {
            all.addAll(spec.getInitContainers());
        }
        return all;
    }

    /** PSS restricted, control by control. */
    static void restricted(Manifests.Workload w, Overlays.Violations v) {
        V1PodSpec spec = w.template().getSpec();
        V1PodSecurityContext pod = Objects.requireNonNullElse(spec.getSecurityContext(), new V1PodSecurityContext());
        v.check(!Boolean.TRUE.equals(spec.getHostNetwork()), w, "hostNetwork must not be set (PSS baseline)");
        v.check(!Boolean.TRUE.equals(spec.getHostPID()), w, "hostPID must not be set (PSS baseline)");
        v.check(!Boolean.TRUE.equals(spec.getHostIPC()), w, "hostIPC must not be set (PSS baseline)");
        for (V1Volume volume : Objects.requireNonNullElse(spec.getVolumes(), List.<V1Volume>of())) {
            String type = volumeType(volume);
            v.check(RESTRICTED_VOLUMES.contains(type), w, "volume " + volume.getName() + " of type " + type
                    + " is not allowed (PSS restricted volume types)");
        }
        if (pod.getSysctls() != null) {
            pod.getSysctls().forEach(s -> v.check(SAFE_SYSCTLS.contains(s.getName()), w,
                    "sysctl " + s.getName() + " is not in the safe set (PSS baseline)"));
        }
        v.check(pod.getRunAsUser() == null || pod.getRunAsUser() != 0, w, "pod runAsUser 0 (PSS restricted)");
        v.check(pod.getSeLinuxOptions() == null || pod.getSeLinuxOptions().getUser() == null, w,
                "SELinux user must not be set (PSS baseline)");
        for (V1Container c : containers(spec)) {
            String where = w + " container " + c.getName();
            V1SecurityContext sc = c.getSecurityContext();
            if (sc == null) {
                v.add(where + ": no securityContext (PSS restricted needs allowPrivilegeEscalation=false and drop ALL)");
                continue;
            }
            v.check(!Boolean.TRUE.equals(sc.getPrivileged()), where, "privileged (PSS baseline)");
            v.check(Boolean.FALSE.equals(sc.getAllowPrivilegeEscalation()), where,
                    "allowPrivilegeEscalation must be false (PSS restricted)");
            boolean nonRoot = Boolean.TRUE.equals(sc.getRunAsNonRoot())
                    || (sc.getRunAsNonRoot() == null && Boolean.TRUE.equals(pod.getRunAsNonRoot()));
            v.check(nonRoot, where, "runAsNonRoot must be true (PSS restricted)");
            v.check(sc.getRunAsUser() == null || sc.getRunAsUser() != 0, where, "runAsUser 0 (PSS restricted)");
            V1SeccompProfile seccomp = sc.getSeccompProfile() != null ? sc.getSeccompProfile() : pod.getSeccompProfile();
            v.check(seccomp != null && Set.of("RuntimeDefault", "Localhost").contains(seccomp.getType()), where,
                    "seccompProfile must be RuntimeDefault or Localhost (PSS restricted)");
            V1Capabilities caps = sc.getCapabilities();
            v.check(caps != null && caps.getDrop() != null && caps.getDrop().contains("ALL"), where,
                    "capabilities must drop ALL (PSS restricted)");
            v.check(caps == null || caps.getAdd() == null || Set.of("NET_BIND_SERVICE").containsAll(caps.getAdd()), where,
                    "only NET_BIND_SERVICE may be added (PSS restricted)");
            v.check(sc.getProcMount() == null || "Default".equals(sc.getProcMount()), where, "procMount (PSS baseline)");
            if (c.getPorts() != null) {
                c.getPorts().forEach(p -> v.check(p.getHostPort() == null || p.getHostPort() == 0, where,
                        "hostPort " + p.getHostPort() + " (PSS baseline)"));
            }
        }
    }

    /** kube-score / kube-linter / Polaris hardening beyond PSS. */
    static void hardened(Manifests.Workload w, Overlays.Violations v) {
        Set<String> exceptions = HARDENING_EXCEPTIONS.getOrDefault(w.name(), Set.of());
        V1PodSpec spec = w.template().getSpec();
        V1PodSecurityContext pod = Objects.requireNonNullElse(spec.getSecurityContext(), new V1PodSecurityContext());
        for (V1Container c : containers(spec)) {
            String where = w + " container " + c.getName();
            V1SecurityContext sc = Objects.requireNonNullElse(c.getSecurityContext(), new V1SecurityContext());
            Long uid = sc.getRunAsUser() != null ? sc.getRunAsUser() : pod.getRunAsUser();
            Long gid = sc.getRunAsGroup() != null ? sc.getRunAsGroup() : pod.getRunAsGroup();
            v.check(uid != null && uid >= 10000, where,
                    "runAsUser must be >= 10000 so it maps to no host user (kube-score container-security-context-user-group-id)");
            if (!exceptions.contains("runAsGroup")) {
                v.check(gid != null && gid >= 10000, where,
                        "runAsGroup must be >= 10000 (kube-score container-security-context-user-group-id)");
            }
            if (!exceptions.contains("readOnlyRootFilesystem")) {
                v.check(Boolean.TRUE.equals(sc.getReadOnlyRootFilesystem()), where,
                        "readOnlyRootFilesystem must be true (kube-score, kube-linter no-read-only-root-fs, Polaris)");
            }
            v.check(Boolean.FALSE.equals(sc.getPrivileged()) || sc.getPrivileged() == null, where,
                    "privileged (kube-linter privileged-container, Polaris runAsPrivileged)");
            for (var port : Objects.requireNonNullElse(c.getPorts(), List.<io.kubernetes.client.openapi.models.V1ContainerPort>of())) {
                v.check(port.getContainerPort() >= 1024 && port.getContainerPort() != 22, where, "port " + port.getContainerPort()
                        + " needs privileges or is SSH (kube-linter privileged-ports, ssh-port)");
            }
        }
    }

    private static String volumeType(V1Volume volume) {
        if (volume.getConfigMap() != null) {
            return "configMap";
        }
        if (volume.getSecret() != null) {
            return "secret";
        }
        if (volume.getEmptyDir() != null) {
            return "emptyDir";
        }
        if (volume.getPersistentVolumeClaim() != null) {
            return "persistentVolumeClaim";
        }
        if (volume.getProjected() != null) {
            return "projected";
        }
        if (volume.getDownwardAPI() != null) {
            return "downwardAPI";
        }
        if (volume.getCsi() != null) {
            return "csi";
        }
        if (volume.getEphemeral() != null) {
            return "ephemeral";
        }
        return volume.getHostPath() != null ? "hostPath" : "other";
    }
}
