package com.safesupport.escalation.handoff;

import com.safesupport.escalation.sla.SlaTarget;
import com.safesupport.escalation.ticket.Priority;
import com.safesupport.escalation.ticket.TicketStatus;

import java.time.Instant;
import java.util.UUID;

/** {@code GET /v1/handoffs/{ticketId}}: where the ticket stands, for the bot. */
public record HandoffStatus(UUID ticketId, UUID conversationId, TicketStatus status, String queue, Priority priority,
                            String agentName, Instant firstResponseDueAt, Instant firstResponseAt, SlaTarget.State slaState,
                            Instant updatedAt) {
}
