package com.safesupport.platform.secrets;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The platform's own defaults, resolved in %prod, are refused until real keys are given. */
class ProductionSecretsTest {

    private static final String REAL_KEY = "cmVhbC1rZXktZm9yLXRlc3RzLW9ubHktMzItYnl0ZXM=";

    @Test
    void thePlatformDefaultsAloneAreRefusedInProduction() throws IOException {
        List<String> problems = ProductionSecrets.problems(prod(Map.of()));
        assertTrue(problems.stream().anyMatch(p -> p.contains("CRYPTO_ACTIVE_KEY")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("DB_PASSWORD")), problems.toString());
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> ProductionSecrets.requireRealKeys(prod(Map.of())));
        assertTrue(refused.getMessage().contains("suite.crypto.active-key"), refused.getMessage());
    }

    @Test
    void theActiveProfileOfTheGivenConfigurationDecidesOutsideQuarkusLaunchModes() throws IOException {
        // A native executable always runs in the "normal" launch mode: there the configuration's profile decides.
        // The integration tests start it under %test; production runs under %prod and is refused the local keys.
        assertTrue(ProductionSecrets.localKeysAllowed(withProfile("test")));
        assertTrue(ProductionSecrets.localKeysAllowed(withProfile("dev")));
        assertEquals(false, ProductionSecrets.localKeysAllowed(withProfile("prod")));
        assertEquals(false, ProductionSecrets.localKeysAllowed(prod(Map.of())));
        assertEquals(false, ProductionSecrets.localKeysAllowed(withProfile("staging")));
        ProductionSecrets.requireRealKeys(withProfile("test")); // the local defaults pass under %test
    }

    @Test
    void realKeysPass() throws IOException {
        assertEquals(List.of(), ProductionSecrets.problems(prod(real())));
    }

    @Test
    void thePublicLocalKeyIsRefusedUnderAnyIdAndAsTheActiveKey() throws IOException {
        Map<String, String> env = new HashMap<>(real());
        env.put("SUITE_CRYPTO_KEYS_OLD", ProductionSecrets.LOCAL_CRYPTO_KEY);
        assertTrue(ProductionSecrets.problems(prod(env)).stream().anyMatch(p -> p.startsWith("suite.crypto.keys.old")));
        env = new HashMap<>(real());
        env.put("CRYPTO_ACTIVE_KEY", "local-1");
        env.put("SUITE_CRYPTO_KEYS_LOCAL_1", REAL_KEY);
        assertTrue(ProductionSecrets.problems(prod(env)).size() >= 1);
    }

    @Test
    void serviceKeysAreRefusedWhenMissingOrWellKnown() throws IOException {
        Map<String, String> service = Map.of(
                "redaction.hash.key", "${REDACTION_HASH_KEY:}",
                "consent.receipts.signing-jwk", "${RECEIPT_SIGNING_JWK:}",
                "bot.answer.mode", "${BOT_ANSWER_MODE:extractive}",
                "quarkus.langchain4j.openai.api-key", "${LLM_API_KEY:dummy}");
        Map<String, String> env = new HashMap<>(real());
        env.put("BOT_ANSWER_MODE", "llm");
        List<String> problems = ProductionSecrets.problems(prod(env, service));
        assertTrue(problems.stream().anyMatch(p -> p.contains("REDACTION_HASH_KEY")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("RECEIPT_SIGNING_JWK")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("LLM_API_KEY")), problems.toString());

        env.put("REDACTION_HASH_KEY", ProductionSecrets.LOCAL_HASH_KEY);
        assertTrue(ProductionSecrets.problems(prod(env, service)).stream().anyMatch(p -> p.contains("public local key (REDACTION_HASH_KEY)")));

        env.put("REDACTION_HASH_KEY", REAL_KEY);
        env.put("RECEIPT_SIGNING_JWK", "{\"kty\":\"EC\"}");
        env.put("LLM_API_KEY", "sk-real");
        assertEquals(List.of(), ProductionSecrets.problems(prod(env, service)));
        env.put("LLM_API_KEY", "dummy");
        env.put("BOT_ANSWER_MODE", "extractive");
        assertEquals(List.of(), ProductionSecrets.problems(prod(env, service)), "no model called, no key needed");
    }

    @Test
    void aServiceWithoutAnLlmClientIgnoresTheBotsAnswerMode() throws IOException {
        // The local stack passes one environment to every service: BOT_ANSWER_MODE=llm also reaches redaction-service.
        Map<String, String> env = new HashMap<>(real());
        env.put("BOT_ANSWER_MODE", "llm");
        assertEquals(List.of(), ProductionSecrets.problems(prod(env)));
        env.put("LLM_API_KEY", "dummy");
        assertEquals(List.of(), ProductionSecrets.problems(prod(env)));
    }

    @Test
    void theSealerRefusesTheLocalKeyOutsideDevAndTest() {
        var config = new com.safesupport.platform.crypto.SealerAccess.Config("local-1", Map.of("local-1", ProductionSecrets.LOCAL_CRYPTO_KEY));
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> com.safesupport.platform.crypto.SealerAccess.sealer(config, false));
        assertTrue(refused.getMessage().contains("public local key"), refused.getMessage());
        var renamed = new com.safesupport.platform.crypto.SealerAccess.Config("k1", Map.of("k1", ProductionSecrets.LOCAL_CRYPTO_KEY));
        assertThrows(IllegalStateException.class, () -> com.safesupport.platform.crypto.SealerAccess.sealer(renamed, false));
        assertThrows(IllegalStateException.class, () -> com.safesupport.platform.crypto.SealerAccess.sealer(
                new com.safesupport.platform.crypto.SealerAccess.Config(null, Map.of("k1", REAL_KEY)), false));
        assertEquals("k1", com.safesupport.platform.crypto.SealerAccess.sealer(
                new com.safesupport.platform.crypto.SealerAccess.Config("k1", Map.of("k1", REAL_KEY)), false).activeKeyId());
    }

    private static Map<String, String> real() {
        return Map.of("CRYPTO_ACTIVE_KEY", "k1", "SUITE_CRYPTO_KEYS_K1", REAL_KEY, "DB_USERNAME", "bot", "DB_PASSWORD", "s3cret");
    }

    private static SmallRyeConfig withProfile(String profile) throws IOException {
        return new SmallRyeConfigBuilder()
                .withProfile(profile)
                .addDefaultInterceptors()
                .withSources(new PropertiesConfigSource(platformDefaults(), "platform", 100))
                .build();
    }

    private static Map<String, String> platformDefaults() throws IOException {
        Properties defaults = new Properties();
        try (InputStream in = ProductionSecretsTest.class.getResourceAsStream("/META-INF/microprofile-config.properties")) {
            defaults.load(in);
        }
        Map<String, String> platform = new HashMap<>();
        defaults.forEach((k, v) -> platform.put((String) k, (String) v));
        return platform;
    }

    private static SmallRyeConfig prod(Map<String, String> env) throws IOException {
        return prod(env, Map.of());
    }

    private static SmallRyeConfig prod(Map<String, String> env, Map<String, String> service) throws IOException {
        Properties defaults = new Properties();
        try (InputStream in = ProductionSecretsTest.class.getResourceAsStream("/META-INF/microprofile-config.properties")) {
            defaults.load(in);
        }
        Map<String, String> platform = new HashMap<>();
        defaults.forEach((k, v) -> platform.put((String) k, (String) v));
        return new SmallRyeConfigBuilder()
                .withProfile("prod")
                .addDefaultInterceptors()
                .withSources(new PropertiesConfigSource(platform, "platform", 100))
                .withSources(new PropertiesConfigSource(service, "service", 250))
                .withSources(new io.smallrye.config.EnvConfigSource(env, 300))
                .build();
    }
}
