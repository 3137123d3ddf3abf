package com.safesupport.k8s;

import io.kubernetes.client.custom.IntOrString;
import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1ContainerPort;
import io.kubernetes.client.openapi.models.V1IPBlock;
import io.kubernetes.client.openapi.models.V1Namespace;
import io.kubernetes.client.openapi.models.V1NetworkPolicy;
import io.kubernetes.client.openapi.models.V1NetworkPolicyPeer;
import io.kubernetes.client.openapi.models.V1NetworkPolicyPort;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Evaluates NetworkPolicies the way the API defines them: a pod is isolated in a direction once any policy
 * selecting it lists that policy type; then a connection needs an egress allowance at the source and an ingress
 * allowance at the destination. Pods are the rendered workloads' templates; pods outside the namespace are
 * modelled by their namespace's and their own labels.
 */
final class NetworkGraph {

    /** Ranges in-cluster pod addresses come from on common CNIs; an ipBlock that does not exclude all of them could reach pods. */
    static final Set<String> PRIVATE_RANGES = Set.of("10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "100.64.0.0/10");

    /** A pod (or a modelled outside pod): where it lives, its labels, its named ports. */
    record Pod(String name, String namespace, Map<String, String> namespaceLabels, Map<String, String> labels,
               List<V1ContainerPort> ports) {
        static Pod outside(String namespace, Map<String, String> labels) {
            return new Pod(namespace + "/" + labels, namespace, Map.of("kubernetes.io/metadata.name", namespace), labels, List.of());
        }
    }

    final List<Pod> pods = new ArrayList<>();
    final List<V1NetworkPolicy> policies;
    private final String namespace;

    NetworkGraph(Manifests m) {
        this.namespace = m.namespace();
        Map<String, String> nsLabels = new HashMap<>(m.all(V1Namespace.class).stream().findFirst()
                .map(n -> Objects.requireNonNullElse(n.getMetadata().getLabels(), Map.<String, String>of())).orElse(Map.of()));
        nsLabels.put("kubernetes.io/metadata.name", namespace);
        for (Manifests.Workload w : m.workloads()) {
            List<V1ContainerPort> ports = new ArrayList<>();
            for (V1Container c : w.template().getSpec().getContainers()) {
                ports.addAll(Objects.requireNonNullElse(c.getPorts(), List.of()));
            }
            pods.add(new Pod(w.name(), namespace, nsLabels, w.template().getMetadata().getLabels(), ports));
        }
        this.policies = m.all(V1NetworkPolicy.class);
    }

    Pod pod(String name) {
        return pods.stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow(() -> new IllegalArgumentException(name));
    }

    List<V1NetworkPolicy> selecting(Pod pod) {
        if (!pod.namespace().equals(namespace)) {
            return List.of();
        }
        return policies.stream().filter(p -> Labels.matches(p.getSpec().getPodSelector(), pod.labels())).toList();
    }

    private static boolean hasType(V1NetworkPolicy p, String type) {
        List<String> types = p.getSpec().getPolicyTypes();
        if (types == null || types.isEmpty()) {
            return type.equals("Ingress") || (p.getSpec().getEgress() != null && !p.getSpec().getEgress().isEmpty());
        }
        return types.contains(type);
    }

    /** Whether src may open a TCP/UDP connection to dst on port: egress allowed at src and ingress at dst. */
    boolean allowed(Pod src, Pod dst, int port, String protocol) {
        return egressAllowed(src, dst, port, protocol) && ingressAllowed(src, dst, port, protocol);
    }

    boolean ingressAllowed(Pod src, Pod dst, int port, String protocol) {
        if (!dst.namespace().equals(namespace)) {
            return true; // outside pods are not ours to restrict
        }
        List<V1NetworkPolicy> applicable = selecting(dst).stream().filter(p -> hasType(p, "Ingress")).toList();
        if (applicable.isEmpty()) {
            return true;
        }
        for (V1NetworkPolicy p : applicable) {
            for (var rule : Objects.requireNonNullElse(p.getSpec().getIngress(), List.<io.kubernetes.client.openapi.models.V1NetworkPolicyIngressRule>of())) {
                if (peersMatch(rule.getFrom(), src) && portsMatch(rule.getPorts(), dst, port, protocol)) {
                    return true;
                }
            }
        }
        return false;
    }

    boolean egressAllowed(Pod src, Pod dst, int port, String protocol) {
        List<V1NetworkPolicy> applicable = selecting(src).stream().filter(p -> hasType(p, "Egress")).toList();
        if (applicable.isEmpty()) {
            return true;
        }
        for (V1NetworkPolicy p : applicable) {
            for (var rule : Objects.requireNonNullElse(p.getSpec().getEgress(), List.<io.kubernetes.client.openapi.models.V1NetworkPolicyEgressRule>of())) {
                if (peersMatch(rule.getTo(), dst) && portsMatch(rule.getPorts(), dst, port, protocol)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Egress from src to an address outside the cluster (only ipBlock peers can allow it). */
    boolean egressToOutside(Pod src, String address, int port) {
        List<V1NetworkPolicy> applicable = selecting(src).stream().filter(p -> hasType(p, "Egress")).toList();
        if (applicable.isEmpty()) {
            return true;
        }
        for (V1NetworkPolicy p : applicable) {
            for (var rule : Objects.requireNonNullElse(p.getSpec().getEgress(), List.<io.kubernetes.client.openapi.models.V1NetworkPolicyEgressRule>of())) {
                boolean peer = rule.getTo() == null || rule.getTo().isEmpty() || rule.getTo().stream()
                        .anyMatch(t -> t.getIpBlock() != null && Cidr.contains(t.getIpBlock(), address));
                if (peer && portsMatch(rule.getPorts(), null, port, "TCP")) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean peersMatch(List<V1NetworkPolicyPeer> peers, Pod pod) {
        if (peers == null || peers.isEmpty()) {
            return true; // no peers listed: everyone
        }
        for (V1NetworkPolicyPeer peer : peers) {
            if (peer.getIpBlock() != null) {
                if (mayCoverPods(peer.getIpBlock())) {
                    return true;
                }
                continue;
            }
            boolean nsOk = peer.getNamespaceSelector() == null
                    ? pod.namespace().equals(namespace)
                    : Labels.matches(peer.getNamespaceSelector(), pod.namespaceLabels());
            boolean podOk = peer.getPodSelector() == null || Labels.matches(peer.getPodSelector(), pod.labels());
            if (nsOk && podOk) {
                return true;
            }
        }
        return false;
    }

    /** An ipBlock reaches pods unless it excludes every private range pods are addressed from. */
    static boolean mayCoverPods(V1IPBlock block) {
        List<String> except = Objects.requireNonNullElse(block.getExcept(), List.of());
        return PRIVATE_RANGES.stream().anyMatch(range -> Cidr.overlaps(block.getCidr(), range) && !except.contains(range));
    }

    private static boolean portsMatch(List<V1NetworkPolicyPort> ports, Pod dst, int port, String protocol) {
        if (ports == null || ports.isEmpty()) {
            return true;
        }
        for (V1NetworkPolicyPort p : ports) {
            if (!Objects.requireNonNullElse(p.getProtocol(), "TCP").equals(protocol)) {
                continue;
            }
            IntOrString spec = p.getPort();
            if (spec == null) {
                return true;
            }
            if (spec.isInteger()) {
                int end = p.getEndPort() != null ? p.getEndPort() : spec.getIntValue();
                if (port >= spec.getIntValue() && port <= end) {
                    return true;
                }
            } else if (dst != null && dst.ports().stream()
                    .anyMatch(cp -> spec.getStrValue().equals(cp.getName()) && cp.getContainerPort() == port)) {
                return true;
            }
        }
        return false;
    }

    /** IPv4 CIDR arithmetic, enough for ipBlock checks. */
    static final class Cidr {
        private Cidr() {
        }

        static long address(String ip) {
            String[] parts = ip.split("\\.");
            long value = 0;
            for (String part : parts) {
                value = (value << 8) | Integer.parseInt(part);
            }
            return value;
        }

        static long[] range(String cidr) {
            String[] parts = cidr.split("/");
            int bits = Integer.parseInt(parts[1]);
            long mask = bits == 0 ? 0 : (0xFFFFFFFFL << (32 - bits)) & 0xFFFFFFFFL;
            long start = address(parts[0]) & mask;
            return new long[] {start, start | (~mask & 0xFFFFFFFFL)};
        }

        static boolean overlaps(String a, String b) {
            long[] x = range(a);
            long[] y = range(b);
            return x[0] <= y[1] && y[0] <= x[1];
        }

        static boolean contains(V1IPBlock block, String ip) {
            long a = address(ip);
            long[] r = range(block.getCidr());
            if (a < r[0] || a > r[1]) {
                return false;
            }
            for (String except : Objects.requireNonNullElse(block.getExcept(), List.<String>of())) {
                long[] e = range(except);
                if (a >= e[0] && a <= e[1]) {
                    return false;
                }
            }
            return true;
        }
    }
}
