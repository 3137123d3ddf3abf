package com.safesupport.platform.secrets;

import io.quarkus.runtime.LaunchMode;
import io.smallrye.config.SmallRyeConfig;
import org.eclipse.microprofile.config.Config;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.StreamSupport;

/**
 * Production refuses to start on a key anyone can read. The suite ships well-known keys so that dev mode and tests run
 * with no set-up; outside {@code %dev}/{@code %test} each of these settings must be given a real value (from a Secret in
 * Kubernetes, from the launcher for {@code ./suite up}), and a well-known value is refused, not merely warned about:
 * <ul>
 *   <li>{@code suite.crypto.active-key}/{@code suite.crypto.keys.<id>}: set, and never the public {@code local-1} key;</li>
 *   <li>{@code quarkus.datasource.password}: not empty (no password-less {@code postgres});</li>
 *   <li>{@code redaction.hash.key} (redaction-service): set, not the well-known default;</li>
 *   <li>{@code consent.receipts.signing-jwk} (consent-service): set, one key shared by every replica;</li>
 *   <li>{@code quarkus.langchain4j.openai.api-key} (bot-service in {@code llm} mode): not {@code dummy}.</li>
 * </ul>
 * The rules read the configuration only, so a test can hold any resolved configuration (a manifest's) against them.
 */
public final class ProductionSecrets {

    /** The public local AES key id and value of the platform's %dev/%test defaults. */
    public static final String LOCAL_CRYPTO_KEY_ID = "local-1";
    public static final String LOCAL_CRYPTO_KEY = "bG9jYWwtb25seS1kZW1vLWtleS0zMi1ieXRlcy0hISE=";
    /** The public HMAC key redaction-service uses in %dev/%test. */
    public static final String LOCAL_HASH_KEY = "bG9jYWwtb25seS1yZWRhY3Rpb24taGFzaC1rZXktISE=";
    /** LangChain4j's OpenAI placeholder key: start-up never fails with it, every call does. */
    static final Set<String> PLACEHOLDER_LLM_KEYS = Set.of("dummy", "");

    private ProductionSecrets() {
    }

    /** The profiles under which the well-known local keys are acceptable. */
    static final Set<String> LOCAL_PROFILES = Set.of("dev", "test");

    /**
     * Whether well-known local keys are acceptable for this configuration: only in dev mode and tests. That is Quarkus'
     * launch mode in the JVM ({@code quarkus dev}, {@code @QuarkusTest}); a native executable (and a jar started by
     * {@code @QuarkusIntegrationTest}) always runs in the "normal" launch mode, so there the configuration's own active
     * profile decides: the integration tests start the executable with {@code quarkus.test.integration-test-profile=test},
     * production runs under {@code prod} (the Kubernetes manifests never set a profile). The profile is read from the
     * configuration given, not from a global one, so a configuration resolved under {@code prod} is always held to the
     * production rules.
     */
    public static boolean localKeysAllowed(Config config) {
        return LaunchMode.current().isDevOrTest() || activeProfiles(config).stream().anyMatch(LOCAL_PROFILES::contains);
    }

    /** The active configuration profiles of {@code config} (SmallRye's, or the profile property of any other Config). */
    static List<String> activeProfiles(Config config) {
        SmallRyeConfig smallRye = null;
        if (config instanceof SmallRyeConfig direct) {
            smallRye = direct;
        } else {
            try {
                smallRye = config.unwrap(SmallRyeConfig.class);
            } catch (IllegalArgumentException notSmallRye) {
                // another implementation: read the profile property below
            }
        }
        if (smallRye != null) {
            return smallRye.getProfiles();
        }
        return config.getOptionalValue(SmallRyeConfig.SMALLRYE_CONFIG_PROFILE, String.class)
                .or(() -> config.getOptionalValue("quarkus.profile", String.class))
                .map(p -> List.of(p.split(",")).stream().map(String::trim).toList())
                .orElse(List.of());
    }

    /** Throws, naming every setting that is missing or well-known, unless local keys are allowed. */
    public static void requireRealKeys(Config config) {
        if (localKeysAllowed(config)) {
            return;
        }
        List<String> problems = problems(config);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Refusing to start outside dev and test without real keys: "
                    + String.join("; ", problems) + ". See docs/deploy.md (Secrets) or run the local stack with ./suite up.");
        }
    }

    /** What is wrong with the configuration for production, one sentence per setting; empty when all is well. */
    public static List<String> problems(Config config) {
        List<String> problems = new ArrayList<>();
        Optional<String> active = value(config, "suite.crypto.active-key");
        if (active.isEmpty()) {
            problems.add("suite.crypto.active-key is not set (CRYPTO_ACTIVE_KEY, with its key in SUITE_CRYPTO_KEYS_<ID>)");
        } else if (active.get().equals(LOCAL_CRYPTO_KEY_ID)) {
            problems.add("suite.crypto.active-key is the public local key " + LOCAL_CRYPTO_KEY_ID + " (set CRYPTO_ACTIVE_KEY)");
        }
        for (String name : config.getPropertyNames()) {
            if (name.startsWith("suite.crypto.keys.")) {
                String id = name.substring("suite.crypto.keys.".length());
                if (id.equals(LOCAL_CRYPTO_KEY_ID) || value(config, name).map(v -> v.trim().equals(LOCAL_CRYPTO_KEY)).orElse(false)) {
                    problems.add(name + " is the public local key, which is never accepted outside dev and test");
                }
            }
        }
        if (value(config, "quarkus.datasource.db-kind").isPresent() && value(config, "quarkus.datasource.password").isEmpty()) {
            problems.add("quarkus.datasource.password is empty (DB_PASSWORD, with DB_USERNAME)");
        }
        if (declared(config, "redaction.hash.key")) {
            Optional<String> hash = value(config, "redaction.hash.key");
            if (hash.isEmpty() || hash.get().trim().equals(LOCAL_HASH_KEY)) {
                problems.add("redaction.hash.key is " + (hash.isEmpty() ? "not set" : "the public local key") + " (REDACTION_HASH_KEY)");
            }
        }
        if (declared(config, "consent.receipts.signing-jwk") && value(config, "consent.receipts.signing-jwk").isEmpty()) {
            problems.add("consent.receipts.signing-jwk is not set (RECEIPT_SIGNING_JWK: one private JWK for every replica)");
        }
        // Only a service that configures an LLM client (bot-service) is concerned: the suite passes one environment
        // to every service, so BOT_ANSWER_MODE=llm also reaches the others.
        if (declared(config, "quarkus.langchain4j.openai.api-key")
                && value(config, "bot.answer.mode").map("llm"::equalsIgnoreCase).orElse(false)
                && PLACEHOLDER_LLM_KEYS.contains(value(config, "quarkus.langchain4j.openai.api-key").orElse("").trim())) {
            problems.add("quarkus.langchain4j.openai.api-key is the placeholder 'dummy' while bot.answer.mode=llm (LLM_API_KEY; "
                    + "an endpoint that takes no key accepts any other value)");
        }
        return problems;
    }

    private static Optional<String> value(Config config, String name) {
        return config.getOptionalValue(name, String.class).filter(v -> !v.isBlank());
    }

    private static boolean declared(Config config, String name) {
        return StreamSupport.stream(config.getPropertyNames().spliterator(), false).anyMatch(name::equals);
    }
}
