package com.safesupport.suite;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Keycloak from the Maven registry ({@code org.keycloak:keycloak-quarkus-dist}, copied into
 * {@code suite-launcher/target/keycloak/} by the build), unpacked into the suite's home and started in dev mode with
 * the committed realm {@code k8s/keycloak/support-realm.json} imported (an existing realm is kept).
 */
final class Keycloak {

    static final int PORT = 8180;
    static final String REALM = "support";
    static final String ISSUER = "http://localhost:" + PORT + "/realms/" + REALM;
    static final String TOKEN_URL = ISSUER + "/protocol/openid-connect/token";

    private final Path repo;
    private final Path home;
    private final String version;

    Keycloak(Path repo, Path home, String version) {
        this.repo = repo;
        this.home = home.resolve("keycloak");
        this.version = version;
    }

    Path zip() {
        return repo.resolve("suite-launcher/target/keycloak/keycloak-quarkus-dist-" + version + ".zip");
    }

    Component prepare(String javaHome) {
        Path dist = home.resolve("keycloak-" + version);
        try {
            if (!Files.isRegularFile(dist.resolve("bin/kc.sh"))) {
                if (!Files.isRegularFile(zip())) {
                    throw new SuiteException("Keycloak's distribution is missing (" + zip() + "); run ./suite up, which builds it");
                }
                unzip(zip(), home);
            }
            Path imports = Files.createDirectories(dist.resolve("data/import"));
            Files.copy(repo.resolve("k8s/keycloak/support-realm.json"), imports.resolve("support-realm.json"),
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new SuiteException("cannot prepare Keycloak in " + home + ": " + e.getMessage(), e);
        }
        return new Component("keycloak", PORT, ISSUER + "/.well-known/openid-configuration",
                List.of(dist.resolve("bin/kc.sh").toString(), "start-dev", "--http-port", Integer.toString(PORT),
                        "--import-realm"),
                dist,
                env(javaHome),
                420, null);
    }

    private static Map<String, String> env(String javaHome) {
        Map<String, String> env = new java.util.HashMap<>();
        env.put("JAVA_HOME", javaHome);
        // Demo-only administrator of the local Keycloak (http://localhost:8180/admin).
        env.put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
        env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin");
        // SUITE_JAVA_OPTIONS reach Keycloak's JVM too: kc.sh appends JAVA_OPTS_APPEND to its default options (after
        // any JAVA_OPTS_APPEND of the caller's own).
        List<String> extra = Services.extraJvmOptions();
        if (!extra.isEmpty()) {
            String own = System.getenv("JAVA_OPTS_APPEND");
            env.put("JAVA_OPTS_APPEND", (own == null || own.isBlank() ? "" : own.strip() + " ") + String.join(" ", extra));
        }
        return Map.copyOf(env);
    }

    private static void unzip(Path zip, Path target) throws IOException {
        Files.createDirectories(target);
        try (InputStream in = Files.newInputStream(zip); ZipInputStream entries = new ZipInputStream(in)) {
            ZipEntry entry;
            while ((entry = entries.getNextEntry()) != null) {
                Path out = target.resolve(entry.getName()).normalize();
                if (!out.startsWith(target)) {
                    throw new IOException("archive entry outside its folder: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(out);
                    continue;
                }
                Files.createDirectories(out.getParent());
                Files.copy(entries, out, StandardCopyOption.REPLACE_EXISTING);
                if (out.getFileName().toString().endsWith(".sh")) {
                    Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("rwxr-xr-x"));
                }
            }
        }
    }
}
