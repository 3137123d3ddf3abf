package com.safesupport.redaction.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Everything a deployment can tune about detection and redaction; every property has a safe local default. */
@ConfigMapping(prefix = "redaction")
public interface RedactionConfig {

    /** Languages with a context-word file and common-word list on the classpath. */
    @WithDefault("en")
    List<String> languages();

    @WithDefault("en")
    String defaultLanguage();

    /** Findings below this score are dropped unless a request sets its own threshold. */
    @WithDefault("0.4")
    double scoreThreshold();

    /**
     * The threshold of the Presidio-shaped {@code POST /v1/analyze} when its request has no {@code score_threshold}:
     * Presidio's analyzer returns every finding with a score above 0 then, and a Presidio caller switching to this
     * service must get the same (it passes {@code score_threshold} when it wants fewer, as with Presidio).
     */
    @WithDefault("0")
    double presidioScoreThreshold();

    /** Largest text accepted, in UTF-8 bytes; larger ones are refused with 413. */
    @WithDefault("65536")
    int maxTextBytes();

    @WithDefault("100")
    int maxBatchSize();

    /**
     * Time one text's detection may take, per started 2,048 bytes (UTF-8) of it: a 2 kB text gets this, a 64 kB
     * text 32 times this (the engine is linear, so its time grows with the text). Past it the request is refused
     * with 503 and {@code Retry-After}, never left to hang; callers fail closed.
     */
    @WithName("deadline-per-2kb")
    @WithDefault("50ms")
    Duration deadlinePer2kb();

    /** The {@code Retry-After} (seconds) sent with a deadline refusal. */
    @WithName("deadline-retry-after")
    @WithDefault("1")
    int retryAfterSeconds();

    /**
     * Regions national phone numbers are tried against (ISO 3166 alpha-2), most likely first. Any region
     * libphonenumber knows may be added; international numbers (+, 00) are recognised whatever this says.
     */
    @WithDefault("US,GB,DE,FR,ES,IT,NL,BE,CH,AT,IE,SE,NO,DK,FI,PL,PT,CZ,IN,AU,CA,BR,MX,IL,JP,PH,TR,ZA,SG,NZ,AE,NG,MY,RO,GR,HU,UA,CN,KR,SA")
    List<String> phoneRegions();

    /**
     * How many times start-up runs the engine's made-up samples before the first request (DetectionEngine): unset,
     * 300 on the JVM (enough for the JIT to compile the recognisers) and 1 in a native executable (compiled ahead of
     * time: one round runs every recogniser's code once; more only cost start-up time). At least 1.
     */
    @WithName("warm-up-rounds")
    java.util.OptionalInt warmUpRounds();

    /** Values never reported, whatever a recogniser says (e.g. the company's own support address). */
    Optional<List<String>> allowList();

    /** Values always reported as {@code DENY_LIST} (e.g. internal project code names). */
    Optional<List<String>> denyList();

    Vault vault();

    Hash hash();

    Mask mask();

    /** Recognisers added by configuration alone, by name. */
    Map<String, CustomRecognizer> customRecognizers();

    interface Vault {
        /** How long a pseudonymised value stays restorable after its last use. */
        @WithDefault("P30D")
        Duration ttl();

        /** How often expired vault entries are deleted. */
        @WithDefault("1h")
        String purgeEvery();
    }

    interface Hash {
        /**
         * Base64 HMAC-SHA256 key for the HASH operator and for vault lookups, so equal values link without being
         * revealed. The default is a well-known local key, refused outside dev and test (platform ProductionSecrets):
         * deployments set their own from a Secret.
         */
        @WithDefault("bG9jYWwtb25seS1yZWRhY3Rpb24taGFzaC1rZXktISE=")
        String key();
    }

    interface Mask {
        @WithDefault("*")
        String character();

        /** Characters left visible at the end, by entity type (e.g. {@code CREDIT_CARD=4}). */
        Map<String, Integer> keepLast();
    }

    interface CustomRecognizer {
        /** Entity type reported, e.g. {@code EMPLOYEE_ID}. */
        String type();

        /** Java regular expression. */
        String pattern();

        @WithDefault("0.6")
        double score();

        /** Capture group delimiting the reported span; 0 for the whole match. */
        @WithDefault("0")
        int group();

        /** Words that raise the score when near. */
        Optional<List<String>> context();

        /** Keep matches only when a context word is near. */
        @WithDefault("false")
        boolean requiresContext();

        /** {@code none}, {@code luhn}, {@code mod97} (IBAN-style) or {@code aba}. */
        @WithDefault("none")
        String validator();
    }
}
