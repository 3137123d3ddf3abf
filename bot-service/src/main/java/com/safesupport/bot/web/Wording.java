package com.safesupport.bot.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** The API's codes in the words the chat shows a customer. */
final class Wording {

    private static final Map<String, String> REASONS = Map.ofEntries(
            Map.entry("HUMAN_REQUESTED", "you asked for a person"),
            Map.entry("NO_CONSENT", "AI assistance needs your consent"),
            Map.entry("LOW_CONFIDENCE", "the assistant was not sure enough of an answer"),
            Map.entry("OUT_OF_SCOPE", "the question is outside what the assistant covers"),
            Map.entry("SENSITIVE_TOPIC", "this topic deserves a person"),
            Map.entry("NEGATIVE_SENTIMENT", "the answers did not seem to help you"),
            Map.entry("GUARDRAIL_BLOCKED", "a safety check stopped the answer"),
            Map.entry("REPEATED_FAILURE", "the assistant could not help twice in a row"),
            Map.entry("SYSTEM_DEGRADED", "part of our system was unavailable"),
            Map.entry("HUMAN_IN_CONTROL", "a person is handling this conversation"),
            Map.entry("PROMPT_INJECTION", "the message tried to change the assistant's instructions"),
            Map.entry("ABUSE", "the message was abusive"));

    private Wording() {
    }

    static String role(String author) {
        return switch (author == null ? "" : author) {
            case "CUSTOMER" -> "customer";
            case "AI" -> "ai";
            case "AGENT" -> "agent";
            default -> "system";
        };
    }

    static String author(String author) {
        return switch (author == null ? "" : author) {
            case "CUSTOMER" -> "You";
            case "AI" -> "AI assistant";
            case "AGENT" -> "Support team (a person)";
            default -> "Notice";
        };
    }

    static String kind(String kind) {
        return switch (kind == null ? "" : kind) {
            case "ESCALATED" -> "Passed to a person";
            case "REFUSED" -> "Not answered";
            case "CLARIFY" -> "Needs more detail";
            case "DISCLOSURE" -> "About this chat";
            default -> null;
        };
    }

    static String why(String kind, ConversationApi.Decision decision) {
        if (decision == null) {
            return null;
        }
        if ("ANSWER".equals(decision.kind()) || "ANSWER".equals(kind)) {
            return "Answered from the help articles listed, with " + percent(Double.toString(decision.confidence())) + " confidence.";
        }
        List<String> reasons = decision.reasons() == null ? List.of() : decision.reasons();
        if (reasons.isEmpty()) {
            return null;
        }
        return "Because " + reasons.stream().map(Wording::reason).collect(Collectors.joining("; ")) + ".";
    }

    static String reason(String code) {
        return REASONS.getOrDefault(code, code.toLowerCase(Locale.ROOT).replace('_', ' '));
    }

    static String consentState(String state) {
        return switch (state == null ? "" : state) {
            case "GIVEN" -> "Given";
            case "REFUSED" -> "Refused";
            case "WITHDRAWN" -> "Withdrawn";
            case "EXPIRED" -> "Expired: please answer again";
            default -> "Not given yet";
        };
    }

    /** "0.823" → "82 %"; anything unreadable → null. */
    static String percent(String score) {
        try {
            return Math.round(Double.parseDouble(score) * 100) + "\u00a0%";
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The short ticket reference customer and agent both see: the ticket id's first eight characters. */
    static String reference(String ticketId) {
        return ticketId == null || ticketId.length() < 8 ? null : ticketId.substring(0, 8).toUpperCase(Locale.ROOT);
    }
}
