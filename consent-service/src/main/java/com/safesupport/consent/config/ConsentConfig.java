package com.safesupport.consent.config;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * consent-service settings. Every value has a local default and can be set by environment variable.
 */
@ConfigMapping(prefix = "consent")
public interface ConsentConfig {

    /** The services holding personal data, by name; data-subject requests fan out to each. */
    Map<String, PeerService> services();

    Receipts receipts();

    Dsr dsr();

    Expiry expiry();

    Ledger ledger();

    interface Ledger {
        /**
         * How often the ledger's head is signed with the receipt key when it moved ({@code off} disables it); a
         * rewrite of the chain after the last signed head goes unseen until the next one.
         */
        @WithDefault("1h")
        String signHeadEvery();
    }

    interface PeerService {
        /** Base URL of the service's public port, e.g. {@code http://localhost:8082}. */
        String url();

        /** How long one attempt may take, the whole answer included. */
        @WithDefault("5s")
        Duration timeout();

        /**
         * The most of one answer (export or erasure) that is read; a larger answer is cut off and counted as no
         * answer (retried). Raise it for a service whose exports are legitimately larger.
         */
        @WithDefault("4M")
        MemorySize maxAnswerSize();
    }

    /** Consent receipts (Kantara CR v1.1 claims, signed as a JWS). */
    interface Receipts {
        /**
         * The private signing key as a JWK (JSON; EC P-256 or RSA, with {@code kid}). When absent a key is generated
         * at start-up: fine for local runs, useless in a deployment since receipts would not verify after a restart.
         */
        Optional<String> signingJwk();

        @WithDefault("consent-service")
        String issuer();

        /** The data controller named in every receipt. */
        @WithDefault("Safe Support (local)")
        String controllerName();

        @WithDefault("privacy@safesupport.local")
        String controllerContact();

        @WithDefault("https://safesupport.local/privacy")
        String policyUrl();
    }

    /** Data-subject request execution. */
    interface Dsr {
        /** How long to wait before trying again the services a request could not reach. */
        @WithDefault("15m")
        Duration retryAfter();

        /** An automated execution still IN_PROGRESS after this long is taken as interrupted and run again. */
        @WithDefault("10m")
        Duration staleAfter();

        /** How often the worker executes verified requests and retries partial ones ({@code off} disables it). */
        @WithDefault("1m")
        String workEvery();

        /** How often overdue requests are counted ({@code off} disables it). */
        @WithDefault("5m")
        String overdueCheckEvery();

        /**
         * Requests a customer may file for themselves in any 24 hours (all types); past it 429 with Retry-After.
         * Privacy officers are not counted. At most one request per type and subject is open at a time in any case.
         */
        @WithDefault("5")
        int perSubjectPerDay();

        /**
         * How long the sealed answers of an ACCESS or PORTABILITY request are kept for download; they are deleted
         * sooner once the bundle is downloaded or an ERASURE of the subject starts. Only their SHA-256 stays.
         */
        @WithDefault("P7D")
        Duration exportRetention();
    }

    interface Expiry {
        /** How often GIVEN consents past their validity are recorded as EXPIRED ({@code off} disables it). */
        @WithDefault("1m")
        String checkEvery();
    }
}
