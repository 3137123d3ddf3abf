package com.safesupport.bot.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Optional;

/**
 * bot-service settings. Every value has a safe local default and can be set by environment variable
 * ({@code bot.limits.max-message-chars} → {@code BOT_LIMITS_MAX_MESSAGE_CHARS}).
 */
@ConfigMapping(prefix = "bot")
public interface BotConfig {

    Limits limits();

    Answer answer();

    Knowledge knowledge();

    Handoff handoff();

    Transcript transcript();

    Consent consent();

    Isolation isolation();

    Budgets budgets();

    Metrics metrics();

    Idempotency idempotency();

    /** Against abuse and runaway cost. */
    interface Limits {
        /** Longest customer message, in characters. */
        @WithDefault("2000")
        int maxMessageChars();

        /** Customer messages per conversation per minute (sliding window, shared by every replica). */
        @WithDefault("12")
        int messagesPerMinute();

        /** Customer messages per conversation, in total. */
        @WithDefault("60")
        int maxTurns();
    }

    interface Answer {
        /** {@code extractive} (offline, default) or {@code llm}. */
        @WithDefault("extractive")
        String mode();

        /** Below this retrieval confidence the bot does not answer: it asks to clarify. */
        @WithDefault("0.525")
        double answerThreshold();

        /** Below this the question is treated as out of scope and politely declined. */
        @WithDefault("0.40")
        double scopeThreshold();

        /** Minimum share of an LLM answer's content words found in the retrieved articles. */
        @WithDefault("0.6")
        double groundingThreshold();
    }

    interface Knowledge {
        /** Folder of Markdown articles (a ConfigMap in Kubernetes); empty means the sample KB inside the jar. */
        Optional<String> path();

        /** How many articles retrieval returns. */
        @WithDefault("3")
        int topK();
    }

    interface Handoff {
        /** How often the outbox relay retries undelivered hand-offs. */
        @WithDefault("10s")
        Duration relayInterval();

        /** First retry delay; doubles per attempt up to {@link #maxBackoff()}. */
        @WithDefault("5s")
        Duration initialBackoff();

        @WithDefault("5m")
        Duration maxBackoff();
    }

    interface Transcript {
        /** How long transcripts are kept after the last activity: the transcript-retention purpose's period. */
        @WithDefault("P30D")
        Duration retention();
    }

    interface Consent {
        /** Used when consent-service sends no Cache-Control max-age. */
        @WithDefault("5s")
        Duration defaultMaxAge();

        /**
         * Longest wait for consent-service's whole answer, body included (one attempt; one retry follows a failure).
         * Past it the decision is unconfirmed and the message goes to a person (fail closed).
         */
        @WithDefault("2s")
        Duration timeout();
    }

    /** One customer must never degrade another (issue 12). */
    interface Isolation {
        /** The time one customer message may take in total; every downstream call gets what is left of it. */
        @WithDefault("8s")
        Duration turnDeadline();

        /** Messages of one customer processed at the same time; more is 429. */
        @WithDefault("2")
        int concurrentTurnsPerCustomer();

        /** Longest wait for one redaction call (less when the turn's deadline is nearer). */
        @WithDefault("2s")
        Duration redactionTimeout();

        /**
         * Messages charged to a customer's per-minute budget when their input hit redaction's deadline (on top of
         * the message itself): such an input costs the suite what many messages do.
         */
        @WithDefault("4")
        int slowInputCost();
    }

    /** Per-customer budgets across all their conversations, shared by every replica (PostgreSQL). */
    interface Budgets {
        @WithDefault("30")
        int messagesPerMinute();

        @WithDefault("20")
        int conversationsPerHour();
    }

    /** Metric labels take values from these lists only; anything else is counted as {@code other}. */
    interface Metrics {
        @WithDefault("web,app,mobile,email,sms,chat,voice,whatsapp")
        java.util.List<String> channels();
    }

    /** The optional Idempotency-Key of customer messages (docs/bot.md, "Faults, tenth sweep (fm9)"). */
    interface Idempotency {
        /** How long a key and its answer are kept (the IETF draft asks for at least 24 hours). */
        @WithDefault("PT24H")
        Duration retention();

        /**
         * A key still in flight after this long is taken over by its next request: its first request died (a replica
         * killed before the turn committed). Longer than a turn may take (the turn deadline, then one stage and the
         * output check); the first request, should it still finish, then loses the key and writes nothing.
         */
        @WithDefault("PT30S")
        Duration inFlightTimeout();

        /** How often keys past retention are deleted; {@code off} disables. */
        @WithDefault("1h")
        String purgeEvery();

        /**
         * How often this replica tries again to free the keys of turns that failed while the database was away (docs/bot.md,
         * "Faults, thirteenth sweep (fm12)"); a run with none waiting does nothing. {@code off} leaves them to their lease.
         */
        @WithDefault("1s")
        String releaseEvery();
    }
}
