package com.safesupport.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import io.kubernetes.client.openapi.models.V1ConfigMap;
import io.kubernetes.client.openapi.models.V1Service;
import io.kubernetes.client.openapi.models.V1ServicePort;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The monitoring component in prod: one ServiceMonitor per service, alerts that matter, a dashboard. */
class MonitoringTest {

    /** What the issue asks the alerts to cover, by alert name. */
    private static final Set<String> REQUIRED_ALERTS = Set.of("SafeSupportSlaBreaches", "SafeSupportDataSubjectRequestsOverdue",
            "SafeSupportHandoffBacklog", "SafeSupportFailClosed", "SafeSupportRedactionErrors",
            "SafeSupportEscalationRateSpike", "SafeSupportHighErrorRate", "SafeSupportLatencyP99High", "SafeSupportServiceDown",
            "SafeSupportHandoffRejected", "SafeSupportAgentReplyBacklog");
    private static final Pattern METRIC = Pattern.compile("\\b((?:consent|redaction|bot|escalation)_[a-z0-9_]+)");

    @Test
    void everyServiceIsScrapedOnItsManagementPort() {
        Manifests m = Overlays.rendered(Overlays.PROD);
        var monitors = m.all(Crds.ServiceMonitor.class);
        var v = new Overlays.Violations();
        for (String service : Repo.SERVICES) {
            V1Service svc = m.all(V1Service.class).stream().filter(s -> s.getMetadata().getName().equals(service)).findFirst().orElseThrow();
            var matching = monitors.stream().filter(sm -> sm.spec().selector().matchLabels() != null
                    && Labels.matches(sm.spec().selector().matchLabels(), svc.getMetadata().getLabels())).toList();
            v.check(matching.size() == 1, service, "needs exactly one ServiceMonitor, found " + matching.size());
            for (var sm : matching) {
                for (Crds.Endpoint e : sm.spec().endpoints()) {
                    V1ServicePort port = svc.getSpec().getPorts().stream().filter(p -> p.getName().equals(e.port())).findFirst().orElse(null);
                    v.check(port != null && "management".equals(port.getTargetPort().getStrValue()), service,
                            "ServiceMonitor endpoint " + e.port() + " must be the Service port that targets the management port");
                    v.check("/q/metrics".equals(e.path()), service, "metrics path must be /q/metrics, was " + e.path());
                }
            }
        }
        v.assertNone("prod: ServiceMonitors");
    }

    @Test
    void alertsCoverWhatMattersAndEachSaysHowBadAndWhat() {
        var rules = Overlays.rendered(Overlays.PROD).all(Crds.PrometheusRule.class);
        assertEquals(1, rules.size());
        Set<String> alerts = new TreeSet<>();
        var v = new Overlays.Violations();
        for (Crds.RuleGroup group : rules.getFirst().spec().groups()) {
            for (Crds.Rule rule : group.rules()) {
                String where = "alert " + rule.alert();
                alerts.add(rule.alert());
                v.check(rule.expr() != null && balanced(rule.expr()), where, "expression missing or unbalanced");
                v.check(rule.labels() != null && Set.of("critical", "warning").contains(rule.labels().get("severity")), where,
                        "severity critical or warning");
                v.check(rule.annotations() != null && rule.annotations().containsKey("summary")
                        && rule.annotations().containsKey("description"), where, "summary and description");
            }
        }
        v.assertNone("prod: alerts");
        assertTrue(alerts.containsAll(REQUIRED_ALERTS), "missing alerts: " + REQUIRED_ALERTS.stream().filter(a -> !alerts.contains(a)).toList());
    }

    /**
     * Domain metrics the alerts and the dashboard use must be ones the services register. A service whose
     * sources register no Micrometer meter at all (a skeleton) is not judged.
     */
    @Test
    void alertsAndDashboardUseMetricsTheServicesRegister() {
        Set<String> used = new TreeSet<>();
        var rules = Overlays.rendered(Overlays.PROD).all(Crds.PrometheusRule.class);
        rules.forEach(r -> r.spec().groups().forEach(g -> g.rules().forEach(rule -> collect(rule.expr(), used))));
        collect(Repo.read(Repo.K8S.resolve("components/monitoring/safe-support-dashboard.json")), used);
        List<String> unknown = new ArrayList<>();
        for (String metric : used) {
            String service = metric.substring(0, metric.indexOf('_')) + "-service";
            String sources = javaSources(service);
            if (!sources.matches("(?s).*(Counter\\.builder|Gauge\\.builder|Timer\\.builder|\\.counter\\(|\\.gauge\\(|\\.timer\\(|@Counted|@Timed).*")) {
                continue;
            }
            if (!sources.contains("\"" + meterName(metric)) && !sources.contains("\"" + metric)) {
                unknown.add(metric + " (meter \"" + meterName(metric) + "\" in " + service + ")");
            }
        }
        assertTrue(unknown.isEmpty(), "metrics no service registers: " + unknown);
    }

    @Test
    void theDashboardIsAValidGrafanaDashboardShippedAsAConfigMap() throws IOException {
        JsonNode dashboard = Yaml.JSON.readTree(Repo.read(Repo.K8S.resolve("components/monitoring/safe-support-dashboard.json")));
        assertFalse(dashboard.path("uid").asText().isEmpty());
        assertTrue(dashboard.path("panels").size() >= 4);
        for (JsonNode panel : dashboard.path("panels")) {
            assertFalse(panel.path("targets").isEmpty(), panel.path("title").asText());
            panel.path("targets").forEach(t -> assertTrue(balanced(t.path("expr").asText()), t.path("expr").asText()));
        }
        var cm = Overlays.rendered(Overlays.PROD).all(V1ConfigMap.class).stream()
                .filter(c -> c.getMetadata().getName().equals("safe-support-dashboard")).findFirst().orElseThrow();
        assertEquals("1", cm.getMetadata().getLabels().get("grafana_dashboard"));
    }

    @Test
    void devNeedsNoPrometheusOperator() {
        Manifests dev = Overlays.rendered(Overlays.DEV);
        assertTrue(dev.all(Crds.ServiceMonitor.class).isEmpty() && dev.all(Crds.PrometheusRule.class).isEmpty());
    }

    /** Micrometer's dotted name behind a Prometheus series name. */
    static String meterName(String metric) {
        String base = metric.replaceAll("_(total|bucket|count|sum|max|seconds|seconds_bucket|seconds_count|seconds_sum|seconds_max)$", "")
                .replaceAll("_seconds$", "");
        return base.replace('_', '.');
    }

    private static void collect(String text, Set<String> into) {
        Matcher m = METRIC.matcher(text);
        while (m.find()) {
            into.add(m.group(1));
        }
    }

    private static String javaSources(String service) {
        Path dir = Repo.ROOT.resolve(service).resolve("src/main/java");
        if (!Files.isDirectory(dir)) {
            return "";
        }
        try (Stream<Path> files = Files.walk(dir)) {
            StringBuilder all = new StringBuilder();
            files.filter(p -> p.toString().endsWith(".java")).forEach(p -> all.append(Repo.read(p)).append('\n'));
            return all.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean balanced(String expr) {
        int round = 0;
        int curly = 0;
        int square = 0;
        boolean quoted = false;
        for (char c : expr.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            }
            if (quoted) {
                continue;
            }
            switch (c) {
                case '(' -> round++;
                case ')' -> round--;
                case '{' -> curly++;
                case '}' -> curly--;
                case '[' -> square++;
                case ']' -> square--;
                default -> { }
            }
            if (round < 0 || curly < 0 || square < 0) {
                return false;
            }
        }
        return round == 0 && curly == 0 && square == 0 && !quoted && !expr.isBlank();
    }
}
