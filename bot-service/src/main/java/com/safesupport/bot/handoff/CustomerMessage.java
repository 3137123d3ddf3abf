package com.safesupport.bot.handoff;

import io.quarkus.runtime.annotations.RegisterForReflection;

import java.time.Instant;

/**
 * Body of {@code POST /v1/handoffs/{ticketId}/customer-messages}: a redacted customer message, at most
 * {@link #MAX_TEXT_CHARS} characters (escalation-service's limit; a longer text is relayed in parts).
 */
// Serialised by CustomerMessageRelay with its own ObjectMapper (the outbox stores the JSON): registered for the
// native image as HandoffRequest is.
@RegisterForReflection
public record CustomerMessage(String text, Instant at) {

    /** escalation-service's {@code CustomerMessages.Message} limit. */
    public static final int MAX_TEXT_CHARS = HandoffRequest.MAX_LINE_CHARS;
}
