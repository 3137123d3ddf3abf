package com.safesupport.bot.handoff;

import java.time.Instant;
import java.util.List;

/** Body of {@code POST /v1/handoffs}. The transcript is already redacted. */
public record HandoffRequest(String conversationId, String subjectId, List<String> reasons, String locale, String channel,
                             String summary, List<Line> transcript, List<String> decisionRecordIds) {

    public record Line(String author, String text, Instant at) {
    }
}
