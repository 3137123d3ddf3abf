package com.safesupport.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.safesupport.platform.crypto.CryptoConfig;
import com.safesupport.platform.secrets.ProductionSecrets;
import io.kubernetes.client.openapi.models.V1ConfigMap;
import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1EnvVar;
import io.kubernetes.client.openapi.models.V1Secret;
import io.smallrye.config.SmallRyeConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Secrets only ever come from Secrets, and every property a service reads in %prod is provided by the manifests:
 * the services' real configuration files are resolved with the container environment the manifests give.
 */
class SecretsAndConfigurationTest {

    /** Names that hold secrets (kube-linter env-var-secret, Polaris sensitiveContainerEnvVar/sensitiveConfigmapContent). */
    private static final Pattern SECRET_NAME = Pattern.compile("(?i).*(password|secret|token|api[_-]?key|private|credential|_keys?_|_key$).*");
    /** Names that look secret but hold none: the id of the active encryption key, not the key. */
    private static final Set<String> NOT_SECRET = Set.of("CRYPTO_ACTIVE_KEY");
    private static final Pattern LOCAL = Pattern.compile(".*(localhost|127\\.0\\.0\\.1|\\.local\\b).*");

    @ParameterizedTest
    @MethodSource("com.safesupport.k8s.Overlays#names")
    void noSecretIsWrittenIntoAnEnvironmentVariableOrAConfigMap(String overlay) {
        Manifests m = Overlays.rendered(overlay);
        var v = new Overlays.Violations();
        for (Manifests.Workload w : m.workloads()) {
            for (V1Container c : PodSecurity.containers(w.template().getSpec())) {
                for (V1EnvVar e : Objects.requireNonNullElse(c.getEnv(), List.<V1EnvVar>of())) {
                    v.check(e.getValue() == null || !looksSecret(e.getName()), w + " env " + e.getName(),
                            "a literal value for a secret; use secretKeyRef");
                }
            }
        }
        for (V1ConfigMap cm : m.all(V1ConfigMap.class)) {
            Objects.requireNonNullElse(cm.getData(), Map.<String, String>of()).keySet().forEach(k ->
                    v.check(!looksSecret(k), "ConfigMap/" + cm.getMetadata().getName() + " key " + k, "looks like a secret"));
        }
        v.assertNone(overlay + ": literal secrets");
    }

    @Test
    void prodShipsNoSecretAndDocumentsEveryOneItNeeds() {
        Manifests prod = Overlays.rendered(Overlays.PROD);
        assertTrue(prod.all(V1Secret.class).isEmpty(), "prod must not contain Secrets; they come from the cluster's secret manager");
        Set<String> referenced = new TreeSet<>();
        for (Manifests.Workload w : prod.workloads()) {
            referenced.addAll(ContainerEnv.of(prod, w.template().getSpec().getContainers().getFirst()).externalSecrets());
        }
        String docs = Repo.read(Repo.ROOT.resolve("docs/deploy.md"));
        Set<String> undocumented = new TreeSet<>();
        referenced.forEach(s -> {
            if (!docs.contains("`" + s + "`")) {
                undocumented.add(s);
            }
        });
        assertTrue(undocumented.isEmpty(), "Secrets prod needs but docs/deploy.md does not list: " + undocumented);
    }

    @Test
    void devSecretsAreDemoValuesMatchingTheCommittedRealm() throws IOException {
        Manifests dev = Overlays.rendered(Overlays.DEV);
        JsonNode realm = Yaml.JSON.readTree(Repo.read(Repo.K8S.resolve("keycloak/support-realm.json")));
        for (String service : Repo.SERVICES) {
            V1Secret oidc = dev.all(V1Secret.class).stream().filter(s -> s.getMetadata().getName().startsWith(service + "-oidc-")).findFirst().orElseThrow();
            String realmSecret = null;
            for (JsonNode client : realm.path("clients")) {
                if (client.path("clientId").asText().equals(service)) {
                    realmSecret = client.path("secret").asText();
                }
            }
            assertEquals(realmSecret, ContainerEnv.decoded(oidc).get("client-secret"), service + " client secret = realm's");
        }
        for (V1Secret s : dev.all(V1Secret.class)) {
            ContainerEnv.decoded(s).forEach((k, value) -> assertTrue(value.startsWith("dev-only") || value.endsWith("-service-secret")
                    || k.equals("username") || isDevCryptoKey(value) || value.contains("\"kid\":\"dev-only"),
                    s.getMetadata().getName() + " " + k + " is not an obviously-demo value"));
        }
    }

    @ParameterizedTest
    @MethodSource("com.safesupport.k8s.Overlays#names")
    void everyEnvironmentVariableTheProdConfigurationNeedsIsProvided(String overlay) {
        Manifests m = Overlays.rendered(overlay);
        var v = new Overlays.Violations();
        for (Manifests.Workload w : m.suiteServices()) {
            ContainerEnv env = ContainerEnv.of(m, w.template().getSpec().getContainers().getFirst());
            v.check(env.missing().isEmpty(), w, "references that do not resolve: " + env.missing());
            for (String name : ServiceConfig.requiredEnvironment(w.name())) {
                v.check(env.values().containsKey(name), w, name + " is read by the %prod configuration, has no "
                        + "production-fit default, and is not set");
            }
        }
        v.assertNone(overlay + ": configuration coverage");
    }

    @ParameterizedTest
    @MethodSource("com.safesupport.k8s.Overlays#names")
    void noProdPropertyResolvesToALocalAddress(String overlay) {
        Manifests m = Overlays.rendered(overlay);
        var v = new Overlays.Violations();
        for (Manifests.Workload w : m.suiteServices()) {
            ContainerEnv env = ContainerEnv.of(m, w.template().getSpec().getContainers().getFirst());
            SmallRyeConfig config = ServiceConfig.resolve(w.name(), env.values());
            for (String property : ServiceConfig.prodProperties(w.name()).keySet()) {
                String value = config.getConfigValue(property).getValue();
                v.check(value == null || !LOCAL.matcher(value).matches(), w, property + " resolves to " + value);
            }
            v.check(Objects.equals(env.values().get("DB_URL"), config.getRawValue("quarkus.datasource.jdbc.url")), w,
                    "the datasource URL comes from DB_URL");
            v.check(Objects.equals(env.values().get("OIDC_AUTH_SERVER_URL"), config.getRawValue("quarkus.oidc.auth-server-url")), w,
                    "the IdP comes from OIDC_AUTH_SERVER_URL");
        }
        v.assertNone(overlay + ": resolved configuration");
    }

    @Test
    void devEncryptionKeysResolveThroughThePlatformMappingAndReplaceTheLocalKey() {
        Manifests dev = Overlays.rendered(Overlays.DEV);
        String localKey = ServiceConfig.load(ServiceConfig.PLATFORM_DEFAULTS).get("%dev.suite.crypto.keys.local-1");
        for (Manifests.Workload w : dev.suiteServices()) {
            ContainerEnv env = ContainerEnv.of(dev, w.template().getSpec().getContainers().getFirst());
            SmallRyeConfig config = new io.smallrye.config.SmallRyeConfigBuilder()
                    .withProfile("prod")
                    .addDefaultInterceptors()
                    .withSources(new io.smallrye.config.PropertiesConfigSource(ServiceConfig.load(ServiceConfig.PLATFORM_DEFAULTS), "platform", 100))
                    .withSources(new io.smallrye.config.EnvConfigSource(env.values(), 300))
                    .withMapping(CryptoConfig.class)
                    .build();
            CryptoConfig crypto = config.getConfigMapping(CryptoConfig.class);
            String active = crypto.activeKey().orElseThrow();
            assertNotEquals("local-1", active, w + " must not seal with the well-known local key");
            String key = crypto.keys().get(active);
            assertTrue(key != null && Base64.getDecoder().decode(key).length == 32, w + " active key " + active + " is 32 bytes");
            assertNotEquals(localKey, key, w + " uses its own key");
            assertTrue(env.secretBacked().containsKey("SUITE_CRYPTO_KEYS_" + active.toUpperCase()), w + " key from a Secret");
        }
    }

    @ParameterizedTest
    @MethodSource("com.safesupport.k8s.Overlays#names")
    void everyServiceStartsWithTheKeysTheManifestsGiveIt(String overlay) {
        Manifests m = Overlays.rendered(overlay);
        var v = new Overlays.Violations();
        for (Manifests.Workload w : m.suiteServices()) {
            ContainerEnv env = ContainerEnv.of(m, w.template().getSpec().getContainers().getFirst());
            List<String> problems = ProductionSecrets.problems(ServiceConfig.resolve(w.name(), env.values()));
            v.check(problems.isEmpty(), w, "would refuse to start: " + problems);
            for (String secret : List.of("RECEIPT_SIGNING_JWK", "REDACTION_HASH_KEY", "LLM_API_KEY", "DB_PASSWORD")) {
                if (env.values().containsKey(secret)) {
                    v.check(env.secretBacked().containsKey(secret), w, secret + " comes from a Secret");
                }
            }
        }
        v.assertNone(overlay + ": production keys");
    }

    @ParameterizedTest
    @MethodSource("com.safesupport.k8s.Overlays#names")
    void noWorkloadRunsUnderADevOrTestProfile(String overlay) {
        // A native executable tells tests from production by its configuration profile (ProductionSecrets.localKeysAllowed):
        // a manifest choosing %dev or %test would let the public local keys through.
        Manifests m = Overlays.rendered(overlay);
        var v = new Overlays.Violations();
        for (Manifests.Workload w : m.suiteServices()) {
            V1Container c = w.template().getSpec().getContainers().getFirst();
            ContainerEnv env = ContainerEnv.of(m, c);
            for (String name : List.of("QUARKUS_PROFILE", "SMALLRYE_CONFIG_PROFILE")) {
                v.check(!env.values().containsKey(name), w, name + " is set: production runs under the default prod profile");
            }
            List<String> words = new java.util.ArrayList<>(Objects.requireNonNullElse(c.getCommand(), List.<String>of()));
            words.addAll(Objects.requireNonNullElse(c.getArgs(), List.<String>of()));
            v.check(words.stream().noneMatch(a -> a.contains("quarkus.profile") || a.contains("smallrye.config.profile")), w,
                    "the container arguments choose a configuration profile: " + words);
        }
        v.assertNone(overlay + ": configuration profile");
    }

    @Test
    void withoutTheManifestsKeysEveryServiceRefusesToStart() {
        for (String service : Repo.SERVICES) {
            List<String> problems = ProductionSecrets.problems(ServiceConfig.resolve(service, Map.of("BOT_ANSWER_MODE", "llm")));
            assertTrue(problems.stream().anyMatch(p -> p.contains("CRYPTO_ACTIVE_KEY")), service + ": " + problems);
            assertTrue(problems.stream().anyMatch(p -> p.contains("DB_PASSWORD")), service + ": " + problems);
            String own = switch (service) {
                case "consent-service" -> "RECEIPT_SIGNING_JWK";
                case "redaction-service" -> "REDACTION_HASH_KEY";
                case "bot-service" -> "LLM_API_KEY";
                default -> "DB_PASSWORD";
            };
            assertTrue(problems.stream().anyMatch(p -> p.contains(own)), service + " names " + own + ": " + problems);
        }
    }

    @Test
    void prodTakesTheActiveKeyIdFromConfigurationAndTheKeysFromASecret() {
        Manifests prod = Overlays.rendered(Overlays.PROD);
        for (Manifests.Workload w : prod.suiteServices()) {
            ContainerEnv env = ContainerEnv.of(prod, w.template().getSpec().getContainers().getFirst());
            String active = env.values().get("CRYPTO_ACTIVE_KEY");
            assertTrue(active != null && active.matches("[a-z0-9]+"), w + ": key ids are lower-case letters and digits "
                    + "(SUITE_CRYPTO_KEYS_<ID> maps to suite.crypto.keys.<id>), was " + active);
            assertNotEquals("local-1", active);
            assertTrue(env.externalSecrets().contains(w.name() + "-crypto"), w + " reads its keys from " + w.name() + "-crypto");
        }
    }

    private static boolean looksSecret(String name) {
        return !NOT_SECRET.contains(name) && SECRET_NAME.matcher(name).matches();
    }

    private static boolean isDevCryptoKey(String value) {
        try {
            return new String(Base64.getDecoder().decode(value)).startsWith("dev-only");
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
