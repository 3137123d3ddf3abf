package com.safesupport.escalation.sla;

import com.safesupport.escalation.ticket.Priority;
import com.safesupport.escalation.ticket.Ticket;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The SLA clocks of a ticket: started at hand-off, met by replies and resolution, paused while the ticket waits
 * on the customer. Breaches are found by {@link SlaMonitor}. Callers run inside the ticket's transaction.
 */
@ApplicationScoped
public class SlaService {

    @Inject
    BusinessCalendar calendar;

    /** A policy as the clocks need it; read at most every few seconds, at once after a change on this instance. */
    public record Policy(long firstResponseSecs, long nextResponseSecs, long resolutionSecs, boolean businessHours) {
    }

    private static final long TTL_NANOS = 5_000_000_000L;
    private volatile Map<String, Policy> policies;
    private volatile long loadedAt;

    public Policy policy(Priority priority) {
        Map<String, Policy> current = policies;
        if (current == null || System.nanoTime() - loadedAt > TTL_NANOS) {
            current = SlaPolicy.<SlaPolicy>listAll().stream().collect(Collectors.toUnmodifiableMap(p -> p.priority,
                    p -> new Policy(p.firstResponseSecs, p.nextResponseSecs, p.resolutionSecs, p.businessHours)));
            policies = current;
            loadedAt = System.nanoTime();
        }
        Policy policy = current.get(priority.name());
        if (policy == null) {
            throw new IllegalStateException("No SLA policy for priority " + priority);
        }
        return policy;
    }

    public void invalidatePolicies() {
        policies = null;
    }

    /** Starts the first-response and resolution clocks; returns when the first response is due. */
    public Instant start(Ticket ticket, Instant now) {
        Policy policy = policy(ticket.priority);
        Instant firstDue = open(ticket, SlaTarget.Kind.FIRST_RESPONSE, policy.firstResponseSecs(), policy.businessHours(), now);
        open(ticket, SlaTarget.Kind.RESOLUTION, policy.resolutionSecs(), policy.businessHours(), now);
        return firstDue;
    }

    public Instant due(Instant from, long seconds, boolean businessHours) {
        Duration amount = Duration.ofSeconds(seconds);
        return businessHours ? calendar.plus(from, amount) : from.plus(amount);
    }

    /** An agent answered the customer: the first (or next) response target is met. */
    public void agentReplied(Ticket ticket, Instant now) {
        for (SlaTarget target : SlaTarget.ofTicket(ticket.id)) {
            if (target.state == SlaTarget.State.ACTIVE
                    && (target.target == SlaTarget.Kind.FIRST_RESPONSE || target.target == SlaTarget.Kind.NEXT_RESPONSE)) {
                met(target, now);
            }
        }
    }

    /** The customer wrote again after an agent's reply: the next-response clock starts. */
    public void customerReplied(Ticket ticket, Instant now) {
        if (ticket.firstResponseAt == null) {
            return;
        }
        SlaTarget next = SlaTarget.find("ticketId = ?1 and target = ?2", ticket.id, SlaTarget.Kind.NEXT_RESPONSE).firstResult();
        if (next != null && next.state == SlaTarget.State.ACTIVE) {
            return;
        }
        if (next != null) {
            next.delete();
            SlaTarget.getEntityManager().flush();
        }
        Policy policy = policy(ticket.priority);
        open(ticket, SlaTarget.Kind.NEXT_RESPONSE, policy.nextResponseSecs(), policy.businessHours(), now);
    }

    /** Stops every running clock of the ticket, remembering the time left. */
    public void pause(Ticket ticket, Instant now) {
        for (SlaTarget target : active(ticket)) {
            if (target.pausedAt == null) {
                Duration left = target.businessHours ? calendar.between(now, target.dueAt) : positive(Duration.between(now, target.dueAt));
                target.pausedAt = now;
                target.remainingSecs = left.toSeconds();
            }
        }
    }

    /** Restarts paused clocks with the time they had left. */
    public void resume(Ticket ticket, Instant now) {
        for (SlaTarget target : active(ticket)) {
            if (target.pausedAt != null) {
                target.dueAt = due(now, target.remainingSecs, target.businessHours);
                target.pausedAt = null;
                target.remainingSecs = null;
            }
        }
    }

    /** The ticket was resolved or handed back: every target still running is met. */
    public void finish(Ticket ticket, Instant now) {
        for (SlaTarget target : active(ticket)) {
            met(target, now);
        }
    }

    public Instant firstResponseDue(Ticket ticket) {
        SlaTarget first = SlaTarget.find("ticketId = ?1 and target = ?2", ticket.id, SlaTarget.Kind.FIRST_RESPONSE).firstResult();
        return first == null ? null : first.dueAt;
    }

    /** ACTIVE while any target runs and none is breached, BREACHED if any was, MET when all were met. */
    public static SlaTarget.State overall(List<SlaTarget> targets) {
        if (targets.stream().anyMatch(t -> t.state == SlaTarget.State.BREACHED)) {
            return SlaTarget.State.BREACHED;
        }
        return targets.stream().anyMatch(t -> t.state == SlaTarget.State.ACTIVE) ? SlaTarget.State.ACTIVE : SlaTarget.State.MET;
    }

    private Instant open(Ticket ticket, SlaTarget.Kind kind, long seconds, boolean businessHours, Instant now) {
        SlaTarget target = new SlaTarget();
        target.ticketId = ticket.id;
        target.target = kind;
        target.state = SlaTarget.State.ACTIVE;
        target.businessHours = businessHours;
        target.dueAt = due(now, seconds, businessHours);
        if (ticket.status == com.safesupport.escalation.ticket.TicketStatus.WAITING_ON_CUSTOMER) {
            target.pausedAt = now;
            target.remainingSecs = seconds;
        }
        target.persist();
        return target.dueAt;
    }

    private static List<SlaTarget> active(Ticket ticket) {
        return SlaTarget.list("ticketId = ?1 and state = ?2", ticket.id, SlaTarget.State.ACTIVE);
    }

    private static void met(SlaTarget target, Instant now) {
        target.state = SlaTarget.State.MET;
        target.metAt = now;
        target.pausedAt = null;
    }

    private static Duration positive(Duration d) {
        return d.isNegative() ? Duration.ZERO : d;
    }
}
