package com.safesupport.k8s;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The evaluator the network-policy checks rely on, against the semantics the Kubernetes API defines. */
class NetworkGraphTest {

    private static final String PODS = """
            apiVersion: v1
            kind: Namespace
            metadata:
              name: ns
            ---
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: a
              namespace: ns
            spec:
              selector:
                matchLabels:
                  app.kubernetes.io/name: a
              template:
                metadata:
                  labels:
                    app.kubernetes.io/name: a
                spec:
                  containers:
                    - name: a
                      image: a:1
                      ports:
                        - name: http
                          containerPort: 8080
            ---
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: b
              namespace: ns
            spec:
              selector:
                matchLabels:
                  app.kubernetes.io/name: b
              template:
                metadata:
                  labels:
                    app.kubernetes.io/name: b
                spec:
                  containers:
                    - name: b
                      image: b:1
                      ports:
                        - name: http
                          containerPort: 9090
                        - name: admin
                          containerPort: 9091
            """;

    private static NetworkGraph graph(String policies) {
        return new NetworkGraph(Manifests.parse("synthetic", PODS + "---\n" + policies));
    }

    private static final String DENY_ALL = """
            apiVersion: networking.k8s.io/v1
            kind: NetworkPolicy
            metadata:
              name: deny
              namespace: ns
            spec:
              podSelector: {}
              policyTypes: [Ingress, Egress]
            """;

    @Test
    void withoutPoliciesEverythingFlowsAndADefaultDenyStopsIt() {
        NetworkGraph open = new NetworkGraph(Manifests.parse("synthetic", PODS));
        assertTrue(open.allowed(open.pod("a"), open.pod("b"), 9090, "TCP"));
        NetworkGraph closed = graph(DENY_ALL);
        assertFalse(closed.allowed(closed.pod("a"), closed.pod("b"), 9090, "TCP"));
    }

    @Test
    void aConnectionNeedsEgressAtTheSourceAndIngressAtTheDestinationOnANamedPort() {
        String ingressOnly = DENY_ALL + """
                ---
                apiVersion: networking.k8s.io/v1
                kind: NetworkPolicy
                metadata:
                  name: b-in
                  namespace: ns
                spec:
                  podSelector:
                    matchLabels:
                      app.kubernetes.io/name: b
                  policyTypes: [Ingress]
                  ingress:
                    - from:
                        - podSelector:
                            matchLabels:
                              app.kubernetes.io/name: a
                      ports:
                        - port: http
                """;
        NetworkGraph g = graph(ingressOnly);
        assertFalse(g.allowed(g.pod("a"), g.pod("b"), 9090, "TCP"), "a's egress is still denied");
        NetworkGraph both = graph(ingressOnly + """
                ---
                apiVersion: networking.k8s.io/v1
                kind: NetworkPolicy
                metadata:
                  name: a-out
                  namespace: ns
                spec:
                  podSelector:
                    matchLabels:
                      app.kubernetes.io/name: a
                  policyTypes: [Egress]
                  egress:
                    - to:
                        - podSelector:
                            matchLabels:
                              app.kubernetes.io/name: b
                """);
        assertTrue(both.allowed(both.pod("a"), both.pod("b"), 9090, "TCP"));
        assertFalse(both.allowed(both.pod("a"), both.pod("b"), 9091, "TCP"), "the named port admits 9090 only");
        assertFalse(both.allowed(both.pod("a"), both.pod("b"), 9090, "UDP"), "TCP is the default protocol");
        assertFalse(both.allowed(both.pod("b"), both.pod("a"), 8080, "TCP"), "policies are directional");
    }

    @Test
    void namespaceAndPodSelectorsInOnePeerMustBothMatchButSeparatePeersAreAlternatives() {
        String together = DENY_ALL + """
                ---
                apiVersion: networking.k8s.io/v1
                kind: NetworkPolicy
                metadata:
                  name: b-in
                  namespace: ns
                spec:
                  podSelector:
                    matchLabels:
                      app.kubernetes.io/name: b
                  ingress:
                    - from:
                        - namespaceSelector:
                            matchLabels:
                              kubernetes.io/metadata.name: monitoring
                          podSelector:
                            matchLabels:
                              app: prometheus
                """;
        NetworkGraph g = graph(together);
        assertTrue(g.ingressAllowed(NetworkGraph.Pod.outside("monitoring", Map.of("app", "prometheus")), g.pod("b"), 9091, "TCP"));
        assertFalse(g.ingressAllowed(NetworkGraph.Pod.outside("monitoring", Map.of("app", "grafana")), g.pod("b"), 9091, "TCP"));
        assertFalse(g.ingressAllowed(NetworkGraph.Pod.outside("other", Map.of("app", "prometheus")), g.pod("b"), 9091, "TCP"));
        // The same selectors as two peers: "\n          podSelector" (part of the namespace peer) becomes a list item.
        String apart = together.replace("\n          podSelector:", "\n        - podSelector:");
        assertTrue(!apart.equals(together));
        NetworkGraph separate = graph(apart);
        assertTrue(separate.ingressAllowed(NetworkGraph.Pod.outside("monitoring", Map.of("app", "grafana")), separate.pod("b"), 9091, "TCP"),
                "any pod of the namespace");
        assertFalse(separate.ingressAllowed(NetworkGraph.Pod.outside("other", Map.of("app", "prometheus")), separate.pod("b"), 9091, "TCP"),
                "a podSelector alone means the policy's own namespace");
    }

    @Test
    void anIpBlockReachesPodsUnlessItExcludesEveryPrivateRange() {
        String publicOnly = DENY_ALL + """
                ---
                apiVersion: networking.k8s.io/v1
                kind: NetworkPolicy
                metadata:
                  name: a-out
                  namespace: ns
                spec:
                  podSelector:
                    matchLabels:
                      app.kubernetes.io/name: a
                  policyTypes: [Egress]
                  egress:
                    - to:
                        - ipBlock:
                            cidr: 0.0.0.0/0
                            except: [10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16, 100.64.0.0/10]
                      ports:
                        - port: 443
                """;
        NetworkGraph g = graph(publicOnly);
        assertTrue(g.egressToOutside(g.pod("a"), "198.51.100.7", 443));
        assertFalse(g.egressToOutside(g.pod("a"), "10.0.0.7", 443));
        assertFalse(g.egressToOutside(g.pod("a"), "198.51.100.7", 80));
        assertFalse(g.egressAllowed(g.pod("a"), g.pod("b"), 443, "TCP"), "excluding the private ranges keeps pods out");
        NetworkGraph leaky = graph(publicOnly.replace("10.0.0.0/8, ", ""));
        assertTrue(leaky.egressAllowed(leaky.pod("a"), leaky.pod("b"), 443, "TCP"), "10/8 left open may reach pods");
    }
}
