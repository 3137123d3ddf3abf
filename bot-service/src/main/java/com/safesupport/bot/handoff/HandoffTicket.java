package com.safesupport.bot.handoff;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.Instant;

/** escalation-service's ticket for a hand-off. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record HandoffTicket(String ticketId, String status, String queue, String priority, Instant firstResponseDueAt) {
}
