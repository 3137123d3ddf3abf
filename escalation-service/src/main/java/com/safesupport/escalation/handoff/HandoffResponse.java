package com.safesupport.escalation.handoff;

import com.safesupport.escalation.ticket.Priority;
import com.safesupport.escalation.ticket.TicketStatus;
import io.quarkus.runtime.annotations.RegisterForReflection;

import java.time.Instant;
import java.util.UUID;

/** {@code 201} body of {@code POST /v1/handoffs}, replayed unchanged (with 200) for a retry with the same key. */
@RegisterForReflection
public record HandoffResponse(UUID ticketId, TicketStatus status, String queue, Priority priority, Instant firstResponseDueAt) {
}
