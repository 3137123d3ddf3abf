package com.safesupport.escalation.casework;

import com.safesupport.escalation.sla.SlaTarget;
import com.safesupport.escalation.ticket.Priority;
import com.safesupport.escalation.ticket.TicketContent;
import com.safesupport.escalation.ticket.TicketStatus;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Response bodies of the ticket API. */
public final class TicketViews {

    private TicketViews() {
    }

    public record Summary(UUID id, UUID conversationId, TicketStatus status, Priority priority, String queue,
                          List<String> reasons, String locale, String channel, String assignedAgent,
                          Instant createdAt, Instant updatedAt, Instant firstResponseDueAt, SlaTarget.State slaState,
                          int version) {
    }

    public record Sla(SlaTarget.Kind target, SlaTarget.State state, Instant dueAt, boolean paused, Long remainingSeconds,
                      Instant metAt, Instant breachedAt, boolean businessHours) {
    }

    public record Entry(UUID id, String kind, String author, String text, Instant at) {
    }

    public record Event(String type, String actor, String detail, Instant at) {
    }

    public record Detail(UUID id, UUID conversationId, String subjectId, TicketStatus status, Priority priority,
                         Priority basePriority, String queue, List<String> reasons, List<String> requiredSkills,
                         String locale, String channel, List<String> decisionRecordIds, String assignedAgent,
                         String summary, List<TicketContent.Line> transcript, List<Entry> notes, SlaTarget.State slaState,
                         List<Sla> sla, List<Event> events, Boolean handoffNeeded, Instant createdAt, Instant updatedAt,
                         Instant assignedAt, Instant firstResponseAt, Instant resolvedAt, Instant closedAt, int version) {
    }
}
