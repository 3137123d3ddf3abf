package com.safesupport.suite;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The four services, run in JVM mode from their Quarkus fast-jar builds, or as native executables (up --native). */
final class Services {

    record Service(String name, String database, int port, int managementPort) {
        String clientId() {
            return name;
        }

        /** The instances of this service when {@code replicas} run: one on its own ports, or several behind the proxy. */
        List<Replica> replicas(int replicas) {
            if (replicas <= 1) {
                return List.of(new Replica(this, name, port, managementPort));
            }
            // consent-service (8081): replicas on 18011, 18012, ... with management ports 19011, 19012, ...
            int slot = (port - 8080) * 10;
            List<Replica> all = new java.util.ArrayList<>();
            for (int i = 1; i <= replicas; i++) {
                all.add(new Replica(this, name + "-" + i, 18000 + slot + i, 19000 + slot + i));
            }
            return all;
        }

        Path jar(Path repo) {
            return repo.resolve(name + "/target/quarkus-app/quarkus-run.jar");
        }

        /** The native executable {@code ./suite native} built ({@code target/<name>-<version>-runner}), if any. */
        Optional<Path> nativeExecutable(Path repo) {
            try (var files = Files.list(repo.resolve(name + "/target"))) {
                return files.filter(f -> f.getFileName().toString().endsWith("-runner") && Files.isExecutable(f)
                        && Files.isRegularFile(f)).findFirst();
            } catch (java.io.IOException e) {
                return Optional.empty();
            }
        }

        /**
         * The heap a native process of this service gets: the assembled toolchain's executables do not read cgroup
         * limits, so it is set explicitly (bot-service keeps its embedding model and indexes on the heap). The other
         * three get a 16 MB young generation (the adaptive default allows 42 MB at -Xmx128m): consent-service's idle
         * RSS 104-132 -> 98-106 MB, anonymous pages 20-44 -> 14-17 MB (docs/local-stack.md, "Start-up and idle
         * memory"); bot-service was not measured with it.
         */
        List<String> nativeHeap() {
            return "bot-service".equals(name) ? List.of("-Xmx256m") : List.of("-Xmx128m", "-Xmn16m");
        }
    }

    /** One running instance of a service: its component name, API port and management port. */
    record Replica(Service service, String name, int port, int managementPort) {
        String readyUrl() {
            return "http://localhost:" + managementPort + "/q/health/ready";
        }
    }

    /** Most replicas per service the port scheme allows (18011–18019 for consent-service, ...). */
    static final int MAX_REPLICAS = 9;

    static final List<Service> ALL = List.of(
            new Service("consent-service", "consent", 8081, 9081),
            new Service("redaction-service", "redaction", 8082, 9082),
            new Service("bot-service", "bot", 8083, 9083),
            new Service("escalation-service", "escalation", 8084, 9084));

    private Services() {
    }

    /** The stack's own random web-session secret, made on the first start and kept in its home. */
    static String webSessionSecret(Path home) {
        return homeSecret(home, "web-session-secret", () -> java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(random(32)));
    }

    /**
     * The services run in their production mode, which refuses well-known keys (platform ProductionSecrets): the
     * local stack gets keys of its own, random, made on the first start and kept in its home (readable by its owner
     * only), so data sealed in one run opens in the next.
     */
    static Map<String, String> localKeys(Path home) {
        Map<String, String> keys = new HashMap<>();
        keys.put("CRYPTO_ACTIVE_KEY", LOCAL_CRYPTO_KEY_ID);
        keys.put("SUITE_CRYPTO_KEYS_" + LOCAL_CRYPTO_KEY_ID.toUpperCase(java.util.Locale.ROOT),
                homeSecret(home, "crypto-key", () -> java.util.Base64.getEncoder().encodeToString(random(32))));
        keys.put("REDACTION_HASH_KEY", homeSecret(home, "redaction-hash-key", () -> java.util.Base64.getEncoder().encodeToString(random(32))));
        keys.put("RECEIPT_SIGNING_JWK", homeSecret(home, "receipt-signing.jwk", Services::ecSigningJwk));
        // An OpenAI-compatible endpoint run locally (Ollama) takes no key; a real one comes from the caller's environment.
        if (System.getenv("LLM_API_KEY") == null) {
            keys.put("LLM_API_KEY", "local-stack-no-key");
        }
        return keys;
    }

    /** Key id of the local stack's own AES key (lower-case letters and digits, as SUITE_CRYPTO_KEYS_<ID> needs). */
    static final String LOCAL_CRYPTO_KEY_ID = "stack1";

    static synchronized String homeSecret(Path home, String name, java.util.function.Supplier<String> generate) {
        Path file = home.resolve(name);
        try {
            if (!Files.isRegularFile(file)) {
                Files.createDirectories(home);
                Files.writeString(file, generate.get());
                file.toFile().setReadable(false, false);
                file.toFile().setReadable(true, true);
            }
            return Files.readString(file).strip();
        } catch (java.io.IOException e) {
            throw new SuiteException("cannot keep the secret " + name + " in " + file + ": " + e.getMessage(), e);
        }
    }

    private static byte[] random(int bytes) {
        byte[] random = new byte[bytes];
        new java.security.SecureRandom().nextBytes(random);
        return random;
    }

    /** A private EC P-256 JWK with a kid, the format consent-service signs receipts with. */
    static String ecSigningJwk() {
        try {
            java.security.KeyPairGenerator generator = java.security.KeyPairGenerator.getInstance("EC");
            generator.initialize(new java.security.spec.ECGenParameterSpec("secp256r1"));
            java.security.KeyPair pair = generator.generateKeyPair();
            java.security.interfaces.ECPublicKey pub = (java.security.interfaces.ECPublicKey) pair.getPublic();
            java.security.interfaces.ECPrivateKey priv = (java.security.interfaces.ECPrivateKey) pair.getPrivate();
            return "{\"kty\":\"EC\",\"crv\":\"P-256\",\"kid\":\"local-stack-" + java.util.UUID.randomUUID()
                    + "\",\"x\":\"" + b64url(pub.getW().getAffineX()) + "\",\"y\":\"" + b64url(pub.getW().getAffineY())
                    + "\",\"d\":\"" + b64url(priv.getS()) + "\"}";
        } catch (java.security.GeneralSecurityException e) {
            throw new SuiteException("cannot make the local receipt signing key: " + e.getMessage(), e);
        }
    }

    private static String b64url(java.math.BigInteger value) {
        byte[] raw = value.toByteArray();
        byte[] fixed = new byte[32]; // unsigned, left-padded to the curve's 32 bytes
        int from = Math.max(0, raw.length - 32);
        System.arraycopy(raw, from, fixed, 32 - (raw.length - from), raw.length - from);
        return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(fixed);
    }

    /**
     * Extra options for every JVM the stack starts (the services' JVMs, the proxy, Keycloak), from the environment
     * variable {@code SUITE_JAVA_OPTIONS} (separated by spaces); none by default. The system tests start their JVMs
     * with {@code -XX:TieredStopAtLevel=1} (C1 only: less CPU to start on 2 cores, see docs/local-stack.md).
     */
    static List<String> extraJvmOptions() {
        String options = System.getenv("SUITE_JAVA_OPTIONS");
        return options == null || options.isBlank() ? List.of() : List.of(options.strip().split("\\s+"));
    }

    static Component component(Replica replica, Path repo, Path home, String java, LocalPostgres db, boolean nativeExecutables) {
        Service service = replica.service();
        Path jar = service.jar(repo);
        Optional<Path> executable = nativeExecutables ? service.nativeExecutable(repo) : Optional.empty();
        if (nativeExecutables && executable.isEmpty()) {
            System.out.println("suite: " + service.name() + " has no native executable (./suite native " + service.name()
                    + "); it runs on the JVM");
        }
        if (executable.isEmpty() && !Files.isRegularFile(jar)) {
            throw new SuiteException(service.name() + " is not built (" + jar + "); run ./suite up, which builds it");
        }
        Map<String, String> env = new HashMap<>();
        env.put("DB_URL", db.jdbcUrl(service.database()));
        env.put("DB_USERNAME", db.user());
        env.put("DB_PASSWORD", db.password());
        env.put("OIDC_AUTH_SERVER_URL", Keycloak.ISSUER);
        // The demo realm's client secrets (k8s/keycloak/support-realm.json); Kubernetes takes them from Secrets.
        env.put("OIDC_CLIENT_SECRET", service.clientId() + "-secret");
        // One key for the chat's and the desk's session cookies and CSRF tokens, shared by a service's replicas.
        env.put("WEB_SESSION_SECRET", webSessionSecret(home));
        env.putAll(localKeys(home));
        env.put("CONSENT_URL", "http://localhost:8081");
        env.put("REDACTION_URL", "http://localhost:8082");
        env.put("BOT_URL", "http://localhost:8083");
        env.put("ESCALATION_URL", "http://localhost:8084");
        // With replicas each instance has its own ports; the peers' URLs above reach them through the proxy.
        env.put("QUARKUS_HTTP_PORT", Integer.toString(replica.port()));
        env.put("QUARKUS_MANAGEMENT_PORT", Integer.toString(replica.managementPort()));
        // Plain-text logs for people reading .suite/logs; Kubernetes keeps the JSON default.
        env.put("QUARKUS_LOG_CONSOLE_JSON_ENABLED", "false");
        // Native libraries the embedding model unpacks stay inside the suite's home.
        env.put("DJL_CACHE_DIR", home.resolve("cache/djl").toString());
        Path workDir = home.resolve("work/" + replica.name());
        try {
            Files.createDirectories(workDir.resolve("tmp"));
        } catch (java.io.IOException e) {
            throw new SuiteException("cannot create " + workDir + ": " + e.getMessage(), e);
        }
        List<String> command = executable
                .map(exe -> {
                    List<String> nativeCommand = new java.util.ArrayList<>(List.of(exe.toString()));
                    nativeCommand.addAll(service.nativeHeap());
                    nativeCommand.add("-Djava.io.tmpdir=" + workDir.resolve("tmp"));
                    return List.copyOf(nativeCommand);
                })
                .orElseGet(() -> {
                    List<String> jvmCommand = new java.util.ArrayList<>(List.of(java, "-XX:+UseSerialGC", "-Xss512k"));
                    jvmCommand.addAll(extraJvmOptions());
                    jvmCommand.addAll(List.of("-Djava.io.tmpdir=" + workDir.resolve("tmp"), "-jar", jar.toString()));
                    return List.copyOf(jvmCommand);
                });
        return new Component(replica.name(), replica.port(), replica.readyUrl(), command, workDir, env, 180, null);
    }
}
