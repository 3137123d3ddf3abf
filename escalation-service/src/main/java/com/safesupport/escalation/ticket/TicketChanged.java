package com.safesupport.escalation.ticket;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.quarkus.runtime.annotations.RegisterForReflection;

import java.time.Instant;
import java.util.UUID;

/**
 * What happened to a ticket, fired as a CDI event inside the transaction and observed after it commits
 * (SSE stream, assignment trigger, relay). It carries no personal data, so it may go to any agent of the queue.
 */
@RegisterForReflection
public record TicketChanged(String type, UUID ticketId, String queue, TicketStatus status, Priority priority,
                            String agent, String detail, Instant at, @JsonIgnore UUID queueId) {

    public static final String CREATED = "TICKET_CREATED";
    public static final String ASSIGNED = "TICKET_ASSIGNED";
    public static final String STATUS_CHANGED = "STATUS_CHANGED";
    public static final String TRANSFERRED = "TICKET_TRANSFERRED";
    public static final String REPLIED = "AGENT_REPLIED";
    public static final String NOTE_ADDED = "NOTE_ADDED";
    public static final String PRIORITY_RAISED = "PRIORITY_RAISED";
    public static final String SLA_BREACHED = "SLA_BREACHED";
    public static final String FEEDBACK = "HANDOFF_FEEDBACK";
    public static final String CUSTOMER_MESSAGE = "CUSTOMER_MESSAGE";

    /** Whether this change may let the assignment of waiting tickets progress. */
    @JsonIgnore
    public boolean mayFreeCapacityOrAddWork() {
        return switch (type) {
            case CREATED, TRANSFERRED, PRIORITY_RAISED -> true;
            // A supervisor's reassignment frees the previous holder; automatic assignments need no new run.
            case ASSIGNED -> detail != null && detail.startsWith("reassigned");
            case STATUS_CHANGED -> status != null && !status.isOpen() || status == TicketStatus.NEW;
            default -> false;
        };
    }
}
