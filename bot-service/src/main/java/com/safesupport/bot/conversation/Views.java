package com.safesupport.bot.conversation;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The bodies of the conversation API (DESIGN.md). */
public final class Views {

    private Views() {
    }

    /** Both optional ({@code en}, {@code web}); when given, escalation-service's rules apply (400 otherwise). */
    public record StartRequest(
            @jakarta.validation.constraints.Size(max = ConversationLabels.LOCALE_MAX)
            @jakarta.validation.constraints.Pattern(regexp = "\\s*|" + ConversationLabels.LOCALE, message = "must be a BCP 47 language tag")
            String locale,
            @jakarta.validation.constraints.Size(max = ConversationLabels.CHANNEL_MAX)
            @jakarta.validation.constraints.Pattern(regexp = "\\s*|" + ConversationLabels.CHANNEL, message = "must be a channel code")
            String channel) {
    }

    /** A blank text is a validation error ({@code errors: [{field: "text", ...}]}, DESIGN.md's error contract). */
    public record MessageRequest(@jakarta.validation.constraints.NotBlank(message = "text is required") String text) {
    }

    @com.fasterxml.jackson.annotation.JsonIgnoreProperties(ignoreUnknown = true)
    public record AgentMessageRequest(String text, String agentName, String ticketId) {
    }

    @com.fasterxml.jackson.annotation.JsonIgnoreProperties(ignoreUnknown = true)
    public record HandbackRequest(String ticketId, String note) {
    }

    public record Source(String articleId, String title, double score) {
    }

    /**
     * One check that ran on the turn: HIT or PASS (or a step outcome), the rule that fired and, for the learned
     * guardrails, the classifier's probability (both null where they do not apply).
     */
    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
    public record GuardrailRun(String name, String outcome, String rule, Double score) {

        public GuardrailRun(String name, String outcome) {
            this(name, outcome, null, null);
        }

        /** The decision record's form: {@code name=OUTCOME}, then {@code ;rule=...} and {@code ;score=0.123} when known. */
        public String recorded() {
            return name + "=" + outcome + (rule == null ? "" : ";rule=" + rule)
                    + (score == null ? "" : ";score=" + String.format(java.util.Locale.ROOT, "%.3f", score));
        }
    }

    /** Why the bot did what it did, in codes and in plain words. */
    public record Explanation(List<String> reasons, double confidence, List<GuardrailRun> guardrails, String summary) {
    }

    public record HandoffRef(String ticketId, String status) {
    }

    /** One reply of the bot (or a notice while a human holds the conversation). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Reply(UUID messageId, UUID conversationId, String author, String text, String kind, List<Source> sources,
                        Explanation explanation, HandoffRef handoff, UUID decisionRecordId) {
    }

    public record TranscriptLine(UUID messageId, int seq, String author, String kind, String text, Instant at) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ConversationView(UUID conversationId, String subjectId, String locale, String channel, String control,
                                   HandoffRef handoff, Instant createdAt, List<TranscriptLine> messages) {
    }

    public record DecisionView(UUID id, UUID conversationId, int turn, UUID messageId, String kind, List<String> reasons,
                               double confidence, List<String> guardrails, List<String> sources, String answerMode,
                               String consentState, String locale, String channel, long latencyMs, Instant createdAt) {
    }
}
