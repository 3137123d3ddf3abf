package com.safesupport.escalation.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * escalation-service settings. Every value has a local default and can be set by environment variable
 * (e.g. {@code ESCALATION_IDEMPOTENCY_RETENTION=PT48H}).
 */
@ConfigMapping(prefix = "escalation")
public interface EscalationConfig {

    Idempotency idempotency();

    Priorities priority();

    BusinessHours businessHours();

    Sla sla();

    Outbox outbox();

    Assignment assignment();

    Tickets tickets();

    Metrics metrics();

    Stream stream();

    Desk desk();

    interface Desk {
        /**
         * The agent desk's calls to the ticket API: the REST client's read timeout, and the bound on the whole answer
         * (a dripping answer is cut there too). Tests of a dripping API shorten it in a fault profile.
         */
        @WithDefault("PT10S")
        Duration callTimeout();
    }

    interface Stream {
        /** Share ticket events between replicas through PostgreSQL NOTIFY (off: each instance streams its own). */
        @WithDefault("true")
        boolean clusterWide();
    }

    interface Metrics {
        /** How often queue depth and backlog gauges are read from the database; {@code off} disables. */
        @WithDefault("15s")
        String refreshEvery();
    }

    interface Idempotency {
        /** How long a key and its response are kept; the IETF draft asks for at least 24 hours. */
        @WithDefault("PT24H")
        Duration retention();

        /** A key still IN_FLIGHT after this long is taken over (its first request died). */
        @WithDefault("PT30S")
        Duration inFlightTimeout();

        /** How often expired keys are deleted; {@code off} disables. */
        @WithDefault("1h")
        String purgeEvery();
    }

    interface Priorities {
        /** Customer tier → priority steps added to the reasons' priority, e.g. {@code escalation.priority.tiers.gold=1}. */
        Map<String, Integer> tiers();

        /** A NEW ticket rises one priority step per this much waiting time. */
        @WithDefault("PT30M")
        Duration waitingStep();
    }

    interface BusinessHours {
        @WithDefault("UTC")
        String zone();

        @WithDefault("MONDAY,TUESDAY,WEDNESDAY,THURSDAY,FRIDAY")
        Set<DayOfWeek> days();

        @WithDefault("09:00")
        LocalTime open();

        @WithDefault("17:00")
        LocalTime close();

        Optional<List<LocalDate>> holidays();
    }

    interface Sla {
        /** How often breaches are looked for; {@code off} disables the scheduled check (tests call it directly). */
        @WithDefault("30s")
        String checkEvery();
    }

    interface Outbox {
        /** How often pending replies are retried; {@code off} disables the scheduled poll. */
        @WithDefault("5s")
        String pollEvery();

        @WithDefault("PT2S")
        Duration initialBackoff();

        @WithDefault("PT5M")
        Duration maxBackoff();

        /** A claimed message is invisible to other instances for this long. */
        @WithDefault("PT60S")
        Duration claimFor();

        @WithDefault("20")
        int batch();

        /** Timeout of one call to bot-service. */
        @WithDefault("PT5S")
        Duration callTimeout();
    }

    interface Assignment {
        /** The safety-net sweep besides the event triggers (arrival, agent frees, agent online); {@code off} disables. */
        @WithDefault("60s")
        String sweepEvery();

        /** Under a burst of triggers, runs are at least this far apart (each run serves every trigger before it). */
        @WithDefault("PT0.05S")
        Duration minInterval();

        /** NEW tickets looked at per assignment run. */
        @WithDefault("2000")
        int scanLimit();
    }

    interface Tickets {
        /** Resolved tickets are closed after this long. */
        @WithDefault("P3D")
        Duration autoCloseAfter();
    }
}
