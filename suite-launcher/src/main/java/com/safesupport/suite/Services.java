package com.safesupport.suite;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The four services, run in JVM mode from their Quarkus fast-jar builds. */
final class Services {

    record Service(String name, String database, int port, int managementPort) {
        String clientId() {
            return name;
        }

        Path jar(Path repo) {
            return repo.resolve(name + "/target/quarkus-app/quarkus-run.jar");
        }
    }

    static final List<Service> ALL = List.of(
            new Service("consent-service", "consent", 8081, 9081),
            new Service("redaction-service", "redaction", 8082, 9082),
            new Service("bot-service", "bot", 8083, 9083),
            new Service("escalation-service", "escalation", 8084, 9084));

    private Services() {
    }

    static Component component(Service service, Path repo, Path home, String java, LocalPostgres db) {
        Path jar = service.jar(repo);
        if (!Files.isRegularFile(jar)) {
            throw new SuiteException(service.name() + " is not built (" + jar + "); run ./suite up, which builds it");
        }
        Map<String, String> env = new HashMap<>();
        env.put("DB_URL", db.jdbcUrl(service.database()));
        env.put("DB_USERNAME", db.user());
        env.put("DB_PASSWORD", db.password());
        env.put("OIDC_AUTH_SERVER_URL", Keycloak.ISSUER);
        // The demo realm's client secrets (k8s/keycloak/support-realm.json); Kubernetes takes them from Secrets.
        env.put("OIDC_CLIENT_SECRET", service.clientId() + "-secret");
        env.put("CONSENT_URL", "http://localhost:8081");
        env.put("REDACTION_URL", "http://localhost:8082");
        env.put("BOT_URL", "http://localhost:8083");
        env.put("ESCALATION_URL", "http://localhost:8084");
        // Plain-text logs for people reading .suite/logs; Kubernetes keeps the JSON default.
        env.put("QUARKUS_LOG_CONSOLE_JSON_ENABLED", "false");
        // Native libraries the embedding model unpacks stay inside the suite's home.
        env.put("DJL_CACHE_DIR", home.resolve("cache/djl").toString());
        Path workDir = home.resolve("work/" + service.name());
        try {
            Files.createDirectories(workDir.resolve("tmp"));
        } catch (java.io.IOException e) {
            throw new SuiteException("cannot create " + workDir + ": " + e.getMessage(), e);
        }
        return new Component(service.name(), service.port(),
                "http://localhost:" + service.managementPort() + "/q/health/ready",
                List.of(java, "-XX:+UseSerialGC", "-Xss512k", "-Djava.io.tmpdir=" + workDir.resolve("tmp"),
                        "-jar", jar.toString()),
                workDir, env, 180, null);
    }
}
