package com.safesupport.escalation.desk;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** The API's codes and times in the words the desk shows agents. */
final class DeskWording {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMM HH:mm 'UTC'", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private static final Map<String, String> REASONS = Map.ofEntries(
            Map.entry("HUMAN_REQUESTED", "Customer asked for a person"),
            Map.entry("NO_CONSENT", "No consent to AI assistance"),
            Map.entry("LOW_CONFIDENCE", "AI not confident"),
            Map.entry("OUT_OF_SCOPE", "Outside the knowledge base"),
            Map.entry("SENSITIVE_TOPIC", "Sensitive topic"),
            Map.entry("NEGATIVE_SENTIMENT", "Customer upset"),
            Map.entry("GUARDRAIL_BLOCKED", "Answer blocked by a guardrail"),
            Map.entry("REPEATED_FAILURE", "AI failed twice"),
            Map.entry("SYSTEM_DEGRADED", "System degraded"),
            Map.entry("DECISION_REVIEW", "Decision review requested"));

    private DeskWording() {
    }

    static String reason(String code) {
        return REASONS.getOrDefault(code, words(code));
    }

    static String reasons(List<String> codes) {
        return codes == null ? "" : codes.stream().map(DeskWording::reason).collect(Collectors.joining(", "));
    }

    /** "WAITING_ON_CUSTOMER" → "Waiting on customer". */
    static String words(String code) {
        if (code == null || code.isEmpty()) {
            return "";
        }
        String lower = code.toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }

    static String time(Instant at) {
        return at == null ? "" : TIME.format(at);
    }

    static String iso(Instant at) {
        return at == null ? "" : at.toString();
    }

    /** "14:05 UTC (in 3 h 58 min)" or "14:05 UTC (12 min ago)". */
    static String due(Instant at, Instant now) {
        if (at == null) {
            return "";
        }
        Duration left = Duration.between(now, at);
        return time(at) + (left.isNegative() ? " (" + span(left.negated()) + " ago)" : " (in " + span(left) + ")");
    }

    static String span(Duration d) {
        long minutes = Math.max(0, d.toMinutes());
        if (minutes < 60) {
            return minutes + " min";
        }
        long hours = minutes / 60;
        if (hours < 48) {
            return hours + " h " + (minutes % 60) + " min";
        }
        return (hours / 24) + " days";
    }

    static String sla(String state) {
        return switch (state == null ? "" : state) {
            case "BREACHED" -> "Breached";
            case "MET" -> "Met";
            case "ACTIVE" -> "Running";
            default -> words(state);
        };
    }

    static String slaClass(String state) {
        return switch (state == null ? "" : state) {
            case "BREACHED" -> "breached";
            case "MET" -> "met";
            default -> "";
        };
    }

    static String priorityClass(String priority) {
        return priority == null ? "" : priority.toLowerCase(Locale.ROOT);
    }

    static String author(String author) {
        return switch (author == null ? "" : author) {
            case "CUSTOMER" -> "Customer";
            case "AI" -> "AI assistant";
            case "AGENT" -> "Agent";
            case "SYSTEM" -> "System notice";
            default -> words(author);
        };
    }

    static String reference(Object ticketId) {
        String id = String.valueOf(ticketId);
        return id.length() < 8 ? id : id.substring(0, 8).toUpperCase(Locale.ROOT);
    }
}
