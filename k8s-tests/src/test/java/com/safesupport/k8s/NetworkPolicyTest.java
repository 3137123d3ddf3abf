package com.safesupport.k8s;

import io.kubernetes.client.openapi.models.V1ContainerPort;
import io.kubernetes.client.openapi.models.V1NetworkPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Default deny, then exactly the call graph of DESIGN.md — computed from the rendered policies by
 * {@link NetworkGraph}, for every pair of pods and every declared port, not read off the YAML.
 */
class NetworkPolicyTest {

    /** DESIGN.md: bot → consent, redaction, escalation; consent → every subject-data endpoint; escalation → bot. */
    private static final Set<String> CALL_GRAPH = Set.of(
            "bot-service -> consent-service:8081",
            "bot-service -> redaction-service:8082",
            "bot-service -> escalation-service:8084",
            "consent-service -> redaction-service:8082",
            "consent-service -> bot-service:8083",
            "consent-service -> escalation-service:8084",
            "escalation-service -> bot-service:8083");

    private static Set<String> expectedInNamespace(String overlay) {
        Set<String> edges = new TreeSet<>(CALL_GRAPH);
        if (overlay.equals(Overlays.DEV)) {
            for (String s : Repo.SERVICES) {
                edges.add(s + " -> postgresql:5432");
                edges.add(s + " -> keycloak:8080");
            }
        }
        return edges;
    }

    @ParameterizedTest
    @MethodSource("com.safesupport.k8s.Overlays#names")
    void everythingIsDeniedByDefaultInBothDirections(String overlay) {
        var deny = Overlays.rendered(overlay).all(V1NetworkPolicy.class).stream()
                .filter(p -> Labels.isEmpty(p.getSpec().getPodSelector()))
                .filter(p -> p.getSpec().getPolicyTypes().containsAll(Set.of("Ingress", "Egress")))
                .filter(p -> (p.getSpec().getIngress() == null || p.getSpec().getIngress().isEmpty())
                        && (p.getSpec().getEgress() == null || p.getSpec().getEgress().isEmpty()))
                .toList();
        assertEquals(1, deny.size(), "one default-deny policy selecting every pod");
    }

    @ParameterizedTest
    @MethodSource("com.safesupport.k8s.Overlays#names")
    void podsInTheNamespaceTalkExactlyAlongTheCallGraph(String overlay) {
        NetworkGraph g = new NetworkGraph(Overlays.rendered(overlay));
        Set<String> actual = new TreeSet<>();
        for (NetworkGraph.Pod src : g.pods) {
            for (NetworkGraph.Pod dst : g.pods) {
                for (V1ContainerPort port : dst.ports()) {
                    if (src != dst && g.allowed(src, dst, port.getContainerPort(), "TCP")) {
                        actual.add(src.name() + " -> " + dst.name() + ":" + port.getContainerPort());
                    }
                }
            }
        }
        Set<String> expected = expectedInNamespace(overlay);
        Set<String> missing = new TreeSet<>(expected);
        missing.removeAll(actual);
        Set<String> unexpected = new TreeSet<>(actual);
        unexpected.removeAll(expected);
        assertTrue(missing.isEmpty() && unexpected.isEmpty(),
                overlay + ": blocked edges of the call graph " + missing + ", edges outside it " + unexpected);
    }

    @ParameterizedTest
    @MethodSource("com.safesupport.k8s.Overlays#names")
    void onlyTheIngressControllerReachesTheCustomerAndAgentApis(String overlay) {
        NetworkGraph g = new NetworkGraph(Overlays.rendered(overlay));
        Set<String> expected = new TreeSet<>(Set.of("bot-service:8083", "escalation-service:8084"));
        if (overlay.equals(Overlays.DEV)) {
            expected.add("keycloak:8080");
        }
        assertEquals(expected, reachableFrom(g, NetworkGraph.Pod.outside("ingress-nginx", Map.of())));
        assertEquals(Set.of(), reachableFrom(g, NetworkGraph.Pod.outside("some-other-team", Map.of())));
        assertEquals(Set.of(), reachableFrom(g, NetworkGraph.Pod.outside("kube-system", Map.of("k8s-app", "kube-dns"))));
    }

    @ParameterizedTest
    @MethodSource("com.safesupport.k8s.Overlays#names")
    void onlyPrometheusReachesTheManagementPorts(String overlay) {
        NetworkGraph g = new NetworkGraph(Overlays.rendered(overlay));
        Set<String> expected = !overlay.equals(Overlays.DEV)
                ? Set.of("bot-service:9083", "consent-service:9081", "escalation-service:9084", "redaction-service:9082")
                : Set.of();
        assertEquals(expected, reachableFrom(g, NetworkGraph.Pod.outside("monitoring", Map.of("app.kubernetes.io/name", "prometheus"))));
        assertEquals(Set.of(), reachableFrom(g, NetworkGraph.Pod.outside("monitoring", Map.of("app.kubernetes.io/name", "something-else"))));
    }

    @ParameterizedTest
    @MethodSource("com.safesupport.k8s.Overlays#names")
    void everyPodResolvesNamesButReachesNoOtherSystemPod(String overlay) {
        NetworkGraph g = new NetworkGraph(Overlays.rendered(overlay));
        var dns = NetworkGraph.Pod.outside("kube-system", Map.of("k8s-app", "kube-dns"));
        var apiLike = NetworkGraph.Pod.outside("kube-system", Map.of("component", "kube-apiserver"));
        for (NetworkGraph.Pod p : g.pods) {
            assertTrue(g.egressAllowed(p, dns, 53, "UDP") && g.egressAllowed(p, dns, 53, "TCP"), p.name() + " resolves names");
            assertFalse(g.egressAllowed(p, apiLike, 443, "TCP"), p.name() + " must not reach other kube-system pods");
        }
    }

    @Test
    void outsideTheClusterOnlyTheBotReachesTheLlmAndTheServicesTheIdp() {
        NetworkGraph dev = new NetworkGraph(Overlays.rendered(Overlays.DEV));
        NetworkGraph prod = new NetworkGraph(Overlays.rendered(Overlays.PROD));
        String publicAddress = "203.0.113.10";
        for (NetworkGraph g : new NetworkGraph[] {dev, prod}) {
            for (NetworkGraph.Pod p : g.pods) {
                boolean bot = p.name().equals("bot-service");
                boolean idpFromProd = g == prod && Repo.SERVICES.contains(p.name());
                assertEquals(bot || idpFromProd, g.egressToOutside(p, publicAddress, 443), p.name() + " HTTPS to the internet");
                assertFalse(g.egressToOutside(p, publicAddress, 80), p.name() + " plain HTTP to the internet");
                assertFalse(g.egressToOutside(p, "10.1.2.3", 443), p.name() + " private addresses via ipBlock");
            }
        }
    }

    @Test
    void prodReachesTheCloudNativePgClusterAndNothingElseInItsNamespace() {
        NetworkGraph g = new NetworkGraph(Overlays.rendered(Overlays.PROD));
        var database = NetworkGraph.Pod.outside("support-db", Map.of("cnpg.io/cluster", "support-db"));
        var other = NetworkGraph.Pod.outside("support-db", Map.of("cnpg.io/cluster", "another-cluster"));
        for (NetworkGraph.Pod p : g.pods) {
            assertTrue(g.egressAllowed(p, database, 5432, "TCP"), p.name() + " -> its database");
            assertFalse(g.egressAllowed(p, database, 8000, "TCP"), p.name() + " -> database status port");
            assertFalse(g.egressAllowed(p, other, 5432, "TCP"), p.name() + " -> another cluster");
        }
    }

    @ParameterizedTest
    @MethodSource("com.safesupport.k8s.Overlays#names")
    void everyPodHasItsOwnPolicyAndEveryPolicySelectsAPod(String overlay) {
        NetworkGraph g = new NetworkGraph(Overlays.rendered(overlay));
        var v = new Overlays.Violations();
        for (NetworkGraph.Pod p : g.pods) {
            long own = g.selecting(p).stream().filter(pol -> pol.getSpec().getPodSelector().getMatchLabels() != null
                    && p.name().equals(pol.getSpec().getPodSelector().getMatchLabels().get("app.kubernetes.io/name"))).count();
            v.check(own >= 1, p.name(), "no NetworkPolicy of its own (kube-score pod-networkpolicy, Polaris missingNetworkPolicy)");
        }
        for (V1NetworkPolicy pol : g.policies) {
            v.check(g.pods.stream().anyMatch(p -> g.selecting(p).contains(pol)), "NetworkPolicy/" + pol.getMetadata().getName(),
                    "selects no pod (kube-linter dangling-networkpolicy)");
        }
        v.assertNone(overlay + ": network policy coverage");
    }

    @Test
    void theIngressExposesOnlyTheCustomerAndAgentApisOverTls() {
        Manifests prod = Overlays.rendered(Overlays.PROD);
        var ingresses = prod.all(io.kubernetes.client.openapi.models.V1Ingress.class);
        assertEquals(1, ingresses.size());
        var spec = ingresses.getFirst().getSpec();
        Set<String> tlsHosts = new TreeSet<>();
        spec.getTls().forEach(t -> tlsHosts.addAll(t.getHosts()));
        Set<String> backends = new TreeSet<>();
        for (var rule : spec.getRules()) {
            assertTrue(tlsHosts.contains(rule.getHost()), rule.getHost() + " is served over TLS");
            for (var path : rule.getHttp().getPaths()) {
                var backend = path.getBackend().getService();
                backends.add(backend.getName() + ":" + backend.getPort().getName());
            }
        }
        assertEquals(Set.of("bot-service:http", "escalation-service:http"), backends);
    }

    private static Set<String> reachableFrom(NetworkGraph g, NetworkGraph.Pod outside) {
        Set<String> reached = new TreeSet<>();
        for (NetworkGraph.Pod dst : g.pods) {
            for (V1ContainerPort port : dst.ports()) {
                if (g.allowed(outside, dst, port.getContainerPort(), "TCP")) {
                    reached.add(dst.name() + ":" + port.getContainerPort());
                }
            }
        }
        return reached;
    }
}
