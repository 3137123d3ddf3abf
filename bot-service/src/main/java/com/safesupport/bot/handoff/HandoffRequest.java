package com.safesupport.bot.handoff;

import io.quarkus.runtime.annotations.RegisterForReflection;

import java.time.Instant;
import java.util.List;

/**
 * Body of {@code POST /v1/handoffs}. The transcript is already redacted.
 *
 * <p>escalation-service refuses a hand-off beyond its limits with 400, and a refused hand-off is never delivered
 * (the contract test with escalation-service found this: a long conversation broke the hand-off). So the body is
 * kept within them here: the latest transcript lines and decision records, which an agent needs most, are kept;
 * the summary says how many earlier lines were left out (the customer's full transcript stays in bot-service).
 */
// Serialised by HandoffService with its own ObjectMapper (the outbox stores the JSON): a native image only has
// the accessors Jackson needs when the record is registered (the first native ITs got a 500 on every hand-off).
@RegisterForReflection
public record HandoffRequest(String conversationId, String subjectId, List<String> reasons, String locale, String channel,
                             String summary, List<Line> transcript, List<String> decisionRecordIds) {

    /** escalation-service's limits (its {@code HandoffRequest}). */
    public static final int MAX_REASONS = 10;
    public static final int MAX_SUMMARY_CHARS = 4000;
    public static final int MAX_LINES = 500;
    public static final int MAX_LINE_CHARS = 8000;
    public static final int MAX_AUTHOR_CHARS = 32;
    public static final int MAX_DECISIONS = 100;

    public HandoffRequest {
        reasons = reasons == null ? List.of() : reasons.stream().distinct().limit(MAX_REASONS).toList();
        transcript = transcript == null ? List.of() : transcript;
        int leftOut = Math.max(0, transcript.size() - MAX_LINES);
        transcript = transcript.subList(leftOut, transcript.size());
        if (leftOut > 0) {
            summary = "(" + leftOut + " earlier transcript lines left out.) " + (summary == null ? "" : summary);
        }
        summary = clip(summary, MAX_SUMMARY_CHARS);
        decisionRecordIds = decisionRecordIds == null ? List.of()
                : decisionRecordIds.subList(Math.max(0, decisionRecordIds.size() - MAX_DECISIONS), decisionRecordIds.size());
    }

    @RegisterForReflection
    public record Line(String author, String text, Instant at) {

        public Line {
            author = clip(author, MAX_AUTHOR_CHARS);
            text = clip(text, MAX_LINE_CHARS);
        }
    }

    private static String clip(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
