package com.safesupport.escalation.casework;

import com.safesupport.escalation.metrics.EscalationMetrics;
import com.safesupport.escalation.routing.Agent;
import com.safesupport.escalation.routing.Router;
import com.safesupport.escalation.routing.Staff;
import com.safesupport.escalation.routing.SupportQueue;
import com.safesupport.escalation.sla.SlaService;
import com.safesupport.escalation.sla.SlaTarget;
import com.safesupport.escalation.ticket.CustomerRelay;
import com.safesupport.escalation.ticket.HandoffFeedback;
import com.safesupport.escalation.ticket.Ticket;
import com.safesupport.escalation.ticket.TicketChanged;
import com.safesupport.escalation.ticket.TicketContent;
import com.safesupport.escalation.ticket.TicketEvent;
import com.safesupport.escalation.ticket.TicketEvents;
import com.safesupport.escalation.ticket.TicketNote;
import com.safesupport.escalation.ticket.TicketStatus;
import com.safesupport.platform.problem.DomainException;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * What agents and supervisors do with tickets: the ticket lifecycle seen from the desk, with the SLA clocks and the
 * agents' capacity it moves. Every change checks visibility, the caller's right to act and the {@code If-Match}
 * version (412 when stale), runs in one transaction and answers the ticket as it now is.
 */
@ApplicationScoped
@Transactional
public class TicketService {

    @Inject
    Staff staff;

    @Inject
    TicketContent content;

    @Inject
    TicketEvents events;

    @Inject
    SlaService sla;

    @Inject
    Event<CustomerRelay> relay;

    @Inject
    EscalationMetrics metrics;

    @Inject
    HandoffFeedback feedback;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    public List<TicketViews.Summary> list(TicketStatus status, String queueCode, boolean mine, int limit) {
        staff.requireStaff();
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (status != null) {
            where.append(" and status = :status");
            params.and("status", status);
        } else {
            // Without a status filter the desk shows open work; closed tickets are asked for by status.
            where.append(" and status in :open");
            params.and("open", java.util.EnumSet.of(TicketStatus.NEW, TicketStatus.ASSIGNED, TicketStatus.IN_PROGRESS,
                    TicketStatus.WAITING_ON_CUSTOMER));
        }
        if (queueCode != null) {
            SupportQueue queue = SupportQueue.byCode(queueCode).orElseThrow(() -> DomainException.notFound("Queue " + queueCode));
            where.append(" and queueId = :queue");
            params.and("queue", queue.id);
        }
        if (mine || !staff.isSupervisor()) {
            UUID me = staff.agent().map(a -> a.id).orElse(null);
            if (mine && me == null) {
                return List.of();
            }
            if (mine) {
                where.append(" and assignedAgentId = :me");
                params.and("me", me);
            } else {
                Set<UUID> queues = staff.queueIds();
                where.append(queues.isEmpty() ? " and assignedAgentId = :me" : " and (queueId in :queues or assignedAgentId = :me)");
                if (!queues.isEmpty()) {
                    params.and("queues", queues);
                }
                params.and("me", me);
            }
        }
        List<Ticket> tickets = Ticket.<Ticket>find(where + " order by createdAt", params.map()).page(0, Math.max(1, Math.min(limit, 500))).list();
        Map<UUID, String> queues = queueCodes();
        Map<UUID, String> agents = new HashMap<>();
        return tickets.stream()
                .sorted((a, b) -> a.priority != b.priority ? b.priority.compareTo(a.priority) : a.createdAt.compareTo(b.createdAt))
                .map(t -> summary(t, queues, agents)).toList();
    }

    public TicketViews.Detail detail(UUID id) {
        return detail(visible(id));
    }

    public TicketViews.Detail claim(UUID id, String ifMatch) {
        claimTicket(id, ifMatch);
        return detail(id);
    }

    public TicketViews.Detail reassign(UUID id, String username, String ifMatch) {
        reassignTicket(id, username, ifMatch);
        return detail(id);
    }

    /** After a transfer the ticket may have left the caller's queues: its detail is answered all the same. */
    public TicketViews.Detail transfer(UUID id, String queueCode, String ifMatch) {
        return detail(transferTicket(id, queueCode, ifMatch));
    }

    public TicketViews.Detail reply(UUID id, String text, boolean awaitCustomer, String ifMatch) {
        replyTo(id, text, awaitCustomer, ifMatch);
        return detail(id);
    }

    public TicketViews.Detail addNote(UUID id, String text) {
        noteOn(id, text);
        return detail(id);
    }

    public TicketViews.Detail changeStatus(UUID id, TicketStatus status, String ifMatch) {
        changeStatusOf(id, status, ifMatch);
        return detail(id);
    }

    public TicketViews.Detail resolve(UUID id, String note, String ifMatch) {
        finish(id, note, ifMatch, TicketStatus.RESOLVED);
        return detail(id);
    }

    public TicketViews.Detail handBack(UUID id, String note, String ifMatch) {
        finish(id, note, ifMatch, TicketStatus.HANDED_BACK);
        return detail(id);
    }

    public TicketViews.Detail feedback(UUID id, boolean needed, String ifMatch) {
        recordFeedback(id, needed, ifMatch);
        return detail(id);
    }

    private TicketViews.Detail detail(Ticket ticket) {
        UUID id = ticket.id;
        TicketContent.Content opened = content.open(ticket);
        List<TicketViews.Entry> notes = TicketNote.ofTicket(id).stream()
                .map(n -> new TicketViews.Entry(n.id, n.kind, n.author, content.openText(n), n.at)).toList();
        List<SlaTarget> targets = SlaTarget.ofTicket(id);
        List<TicketViews.Event> history = TicketEvent.<TicketEvent>list("ticketId = ?1 order by id", id).stream()
                .map(e -> new TicketViews.Event(e.type, e.actor, e.detail, e.at)).toList();
        return new TicketViews.Detail(ticket.id, ticket.conversationId, ticket.subjectId, ticket.status, ticket.priority,
                ticket.basePriority, queueCodes().get(ticket.queueId), List.of(ticket.reasons), List.of(ticket.requiredSkills),
                ticket.locale, ticket.channel, List.of(ticket.decisionRecordIds), agentName(ticket.assignedAgentId),
                opened.summary(), opened.transcript(), notes, SlaService.overall(targets),
                targets.stream().map(TicketService::sla).toList(), history, ticket.handoffNeeded, ticket.createdAt,
                ticket.updatedAt, ticket.assignedAt, ticket.firstResponseAt, ticket.resolvedAt, ticket.closedAt, ticket.version);
    }

    private Ticket claimTicket(UUID id, String ifMatch) {
        Agent me = staff.requireAgent();
        Ticket ticket = forChange(id, ifMatch);
        if (me.id.equals(ticket.assignedAgentId)) {
            return ticket;
        }
        if (ticket.status != TicketStatus.NEW) {
            throw DomainException.conflict("not-claimable", "Only a waiting (NEW) ticket can be claimed; it is " + ticket.status);
        }
        if (!staff.queueIds().contains(ticket.queueId)) {
            throw staff.refuse("claim outside the agent's queues", "The ticket is not in one of your queues");
        }
        em.createNativeQuery("select id from agent where id = ?1 for update").setParameter(1, me.id).getResultList();
        long load = Ticket.count("assignedAgentId = ?1 and status in ?2", me.id, TicketStatus.HELD);
        if (load >= me.capacity) {
            throw DomainException.conflict("at-capacity", "You already hold " + load + " tickets, your capacity is " + me.capacity);
        }
        assign(ticket, me, "claimed");
        return ticket;
    }

    private Ticket reassignTicket(UUID id, String username, String ifMatch) {
        Ticket ticket = forChange(id, ifMatch);
        requireOpen(ticket);
        Agent to = Agent.byUsername(username).orElseThrow(() -> DomainException.notFound("Agent " + username));
        // A supervisor's decision: capacity is deliberately not enforced here.
        assign(ticket, to, "reassigned");
        return ticket;
    }

    private Ticket transferTicket(UUID id, String queueCode, String ifMatch) {
        Ticket ticket = forChange(id, ifMatch);
        requireOpen(ticket);
        requireHolderOrSupervisor(ticket, true);
        SupportQueue to = SupportQueue.byCode(queueCode).orElseThrow(() -> DomainException.notFound("Queue " + queueCode));
        Instant now = clock.instant();
        String from = queueCodes().get(ticket.queueId);
        ticket.queueId = to.id;
        ticket.requiredSkills = Router.requiredSkills(to.skills, ticket.locale.split("[-_]")[0].toLowerCase(java.util.Locale.ROOT));
        ticket.assignedAgentId = null;
        ticket.assignedAt = null;
        if (ticket.status == TicketStatus.WAITING_ON_CUSTOMER) {
            sla.resume(ticket, now);
        }
        ticket.status = TicketStatus.NEW;
        ticket.updatedAt = now;
        events.record(ticket, TicketChanged.TRANSFERRED, staff.actor(), "from=" + from + " to=" + to.code);
        return flushed(ticket);
    }

    private Ticket replyTo(UUID id, String text, boolean awaitCustomer, String ifMatch) {
        Ticket ticket = forChange(id, ifMatch);
        requireOpen(ticket);
        if (ticket.status == TicketStatus.NEW && !staff.isSupervisor()) {
            // Replying to a waiting ticket claims it, within the usual rules.
            claimTicket(id, null);
        }
        requireHolderOrSupervisor(ticket, false);
        Instant now = clock.instant();
        note(ticket, "REPLY", text, now);
        relay.fire(new CustomerRelay.AgentMessage(ticket, text, staff.displayName()));
        if (ticket.firstResponseAt == null) {
            ticket.firstResponseAt = now;
            metrics.firstResponse(queueCodes().get(ticket.queueId), ticket.priority.name(), Duration.between(ticket.createdAt, now));
        }
        sla.agentReplied(ticket, now);
        TicketStatus next = awaitCustomer ? TicketStatus.WAITING_ON_CUSTOMER : TicketStatus.IN_PROGRESS;
        if (ticket.status == TicketStatus.WAITING_ON_CUSTOMER && next == TicketStatus.IN_PROGRESS) {
            sla.resume(ticket, now);
        }
        if (next == TicketStatus.WAITING_ON_CUSTOMER && ticket.status != TicketStatus.WAITING_ON_CUSTOMER) {
            sla.pause(ticket, now);
        }
        ticket.status = next;
        ticket.updatedAt = now;
        events.record(ticket, TicketChanged.REPLIED, staff.actor(), "status=" + next);
        return flushed(ticket);
    }

    private Ticket noteOn(UUID id, String text) {
        Ticket ticket = visible(id);
        Instant now = clock.instant();
        note(ticket, "NOTE", text, now);
        ticket.updatedAt = now;
        events.record(ticket, TicketChanged.NOTE_ADDED, staff.actor(), null);
        return flushed(ticket);
    }

    private Ticket changeStatusOf(UUID id, TicketStatus status, String ifMatch) {
        Ticket ticket = forChange(id, ifMatch);
        requireHolderOrSupervisor(ticket, false);
        Instant now = clock.instant();
        boolean allowed = switch (status) {
            case IN_PROGRESS -> ticket.status == TicketStatus.ASSIGNED || ticket.status == TicketStatus.WAITING_ON_CUSTOMER;
            case WAITING_ON_CUSTOMER -> ticket.status == TicketStatus.ASSIGNED || ticket.status == TicketStatus.IN_PROGRESS;
            case CLOSED -> ticket.status == TicketStatus.RESOLVED;
            default -> false;
        };
        if (!allowed) {
            throw DomainException.conflict("invalid-transition", "A " + ticket.status + " ticket cannot become " + status
                    + " this way (resolve, hand back, claim and transfer have their own endpoints)");
        }
        if (status == TicketStatus.WAITING_ON_CUSTOMER) {
            sla.pause(ticket, now);
        } else if (ticket.status == TicketStatus.WAITING_ON_CUSTOMER) {
            sla.resume(ticket, now);
        }
        if (status == TicketStatus.CLOSED) {
            ticket.closedAt = now;
        }
        ticket.status = status;
        ticket.updatedAt = now;
        events.record(ticket, TicketChanged.STATUS_CHANGED, staff.actor(), "status=" + status);
        return flushed(ticket);
    }

    private Ticket recordFeedback(UUID id, boolean needed, String ifMatch) {
        Ticket ticket = forChange(id, ifMatch);
        requireHolderOrSupervisor(ticket, false);
        if (ticket.status.isOpen()) {
            throw DomainException.conflict("ticket-open", "Feedback on the hand-off is recorded once the ticket is resolved or handed back");
        }
        if (ticket.handoffNeeded != null) {
            throw DomainException.conflict("feedback-recorded", "Feedback for this hand-off was already recorded");
        }
        Instant now = clock.instant();
        ticket.handoffNeeded = needed;
        ticket.updatedAt = now;
        feedback.record(ticket, needed, now);
        events.record(ticket, TicketChanged.FEEDBACK, staff.actor(), "needed=" + needed);
        metrics.feedback(needed);
        return flushed(ticket);
    }

    private Ticket finish(UUID id, String note, String ifMatch, TicketStatus status) {
        Ticket ticket = forChange(id, ifMatch);
        requireOpen(ticket);
        requireHolderOrSupervisor(ticket, false);
        Instant now = clock.instant();
        if (note != null && !note.isBlank()) {
            note(ticket, "NOTE", note, now);
        }
        if (status == TicketStatus.HANDED_BACK) {
            relay.fire(new CustomerRelay.Handback(ticket, note));
        }
        sla.finish(ticket, now);
        ticket.status = status;
        ticket.resolvedAt = now;
        ticket.updatedAt = now;
        events.record(ticket, TicketChanged.STATUS_CHANGED, staff.actor(), "status=" + status);
        return flushed(ticket);
    }

    private void assign(Ticket ticket, Agent agent, String how) {
        Instant now = clock.instant();
        boolean wasWaiting = ticket.assignedAt == null;
        if (ticket.status == TicketStatus.NEW) {
            ticket.status = TicketStatus.ASSIGNED;
        }
        ticket.assignedAgentId = agent.id;
        ticket.assignedAt = now;
        ticket.updatedAt = now;
        events.record(ticket, TicketChanged.ASSIGNED, staff.actor(), how + " agent=" + agent.username);
        if (wasWaiting) {
            metrics.assigned(queueCodes().get(ticket.queueId), ticket.priority.name(), Duration.between(ticket.createdAt, now));
        }
        flushed(ticket);
    }

    private void note(Ticket ticket, String kind, String text, Instant now) {
        TicketNote note = new TicketNote();
        note.id = UUID.randomUUID();
        note.ticketId = ticket.id;
        note.kind = kind;
        note.author = staff.username();
        content.sealText(note, text);
        note.at = now;
        note.persist();
    }

    /** A ticket the caller may see; 404 otherwise (an agent learns nothing about other queues' tickets). */
    private Ticket visible(UUID id) {
        staff.requireStaff();
        Ticket ticket = Ticket.findById(id);
        if (ticket == null || !staff.maySee(ticket)) {
            throw DomainException.notFound("Ticket " + id);
        }
        return ticket;
    }

    private Ticket forChange(UUID id, String ifMatch) {
        staff.requireStaff();
        Ticket ticket = Ticket.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (ticket == null || !staff.maySee(ticket)) {
            throw DomainException.notFound("Ticket " + id);
        }
        if (ifMatch != null && !matches(ifMatch, ticket.version)) {
            throw new DomainException(412, "precondition-failed", "Precondition Failed",
                    "The ticket changed since you read it (current ETag " + ticket.etag() + "); reload and retry");
        }
        return ticket;
    }

    static boolean matches(String ifMatch, int version) {
        return Arrays.stream(ifMatch.split(",")).map(String::trim)
                .anyMatch(tag -> tag.equals("*") || tag.replaceFirst("^W/", "").replace("\"", "").equals(Integer.toString(version)));
    }

    private void requireOpen(Ticket ticket) {
        if (!ticket.status.isOpen()) {
            throw DomainException.conflict("ticket-closed", "The ticket is " + ticket.status);
        }
    }

    private void requireHolderOrSupervisor(Ticket ticket, boolean queueMembersToo) {
        if (staff.isSupervisor()) {
            return;
        }
        Agent me = staff.requireAgent();
        boolean holder = me.id.equals(ticket.assignedAgentId);
        if (!holder && !(queueMembersToo && ticket.assignedAgentId == null && staff.queueIds().contains(ticket.queueId))) {
            throw staff.refuse("action reserved to the ticket's holder or a supervisor",
                    "Only the agent holding the ticket or a supervisor may do this");
        }
    }

    private Ticket flushed(Ticket ticket) {
        em.flush();
        return ticket;
    }

    private TicketViews.Summary summary(Ticket t, Map<UUID, String> queues, Map<UUID, String> agents) {
        List<SlaTarget> targets = SlaTarget.ofTicket(t.id);
        Instant firstDue = targets.stream().filter(s -> s.target == SlaTarget.Kind.FIRST_RESPONSE).map(s -> s.dueAt).findFirst().orElse(null);
        String agent = t.assignedAgentId == null ? null : agents.computeIfAbsent(t.assignedAgentId, this::agentName);
        return new TicketViews.Summary(t.id, t.conversationId, t.status, t.priority, queues.get(t.queueId), List.of(t.reasons),
                t.locale, t.channel, agent, t.createdAt, t.updatedAt, firstDue, SlaService.overall(targets), t.version);
    }

    private String agentName(UUID agentId) {
        if (agentId == null) {
            return null;
        }
        Agent agent = Agent.findById(agentId);
        return agent == null ? null : agent.username;
    }

    private static TicketViews.Sla sla(SlaTarget t) {
        return new TicketViews.Sla(t.target, t.state, t.pausedAt == null ? t.dueAt : null, t.pausedAt != null, t.remainingSecs,
                t.metAt, t.breachedAt, t.businessHours);
    }

    private static Map<UUID, String> queueCodes() {
        Map<UUID, String> codes = new HashMap<>();
        SupportQueue.<SupportQueue>listAll().forEach(q -> codes.put(q.id, q.code));
        return codes;
    }
}
