package com.safesupport.escalation.routing;

import com.safesupport.escalation.config.EscalationConfig;
import com.safesupport.escalation.metrics.EscalationMetrics;
import com.safesupport.escalation.ticket.Ticket;
import com.safesupport.escalation.ticket.TicketChanged;
import com.safesupport.escalation.ticket.TicketEvents;
import com.safesupport.escalation.ticket.TicketStatus;
import com.safesupport.platform.persistence.AdvisoryLock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Auto-assignment: waiting tickets in order (higher priority first, then oldest), each to the least-loaded
 * eligible agent — ONLINE, a member of the ticket's queue, holding every required skill and under capacity.
 * A PostgreSQL advisory lock makes runs on several instances take turns.
 */
@ApplicationScoped
public class Assigner {

    /** The advisory lock a run holds; whatever must not overlap a run (a test resetting its data) takes it too. */
    public static final long LOCK = 0x45534341L; // "ESCA"

    @Inject
    EntityManager em;

    @Inject
    TicketEvents events;

    @Inject
    EscalationMetrics metrics;

    @Inject
    EscalationConfig config;

    @Inject
    Clock clock;

    /** One agent that may take work in this run. */
    static final class Slot {
        final UUID id;
        final String username;
        final Set<String> skills;
        final int capacity;
        final Set<UUID> queues = new HashSet<>();
        int load;
        Instant lastAssigned;

        Slot(UUID id, String username, String[] skills, int capacity, int load, Instant lastAssigned) {
            this.id = id;
            this.username = username;
            this.skills = new HashSet<>(Arrays.asList(skills));
            this.capacity = capacity;
            this.load = load;
            this.lastAssigned = lastAssigned;
        }

        boolean free() {
            return load < capacity;
        }
    }

    /** Runs one assignment pass in its own transaction; returns how many tickets were assigned. */
    public int runOnce() {
        return QuarkusTransaction.requiringNew().call(this::assign);
    }

    private int assign() {
        AdvisoryLock.hold(em, LOCK);
        Map<UUID, Slot> slots = freeAgents();
        if (slots.isEmpty()) {
            return 0;
        }
        Set<UUID> queues = new HashSet<>();
        slots.values().forEach(s -> queues.addAll(s.queues));
        if (queues.isEmpty()) {
            return 0;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> waiting = em.createNativeQuery("""
                        select id, queue_id, required_skills from ticket
                        where status = 'NEW' and queue_id in (?1)
                        order by array_position(array['LOW','NORMAL','HIGH','URGENT'], priority) desc, created_at, id
                        limit ?2""")
                .setParameter(1, queues).setParameter(2, config.assignment().scanLimit()).getResultList();
        Instant now = clock.instant();
        int assigned = 0;
        Map<UUID, String> queueCodes = new HashMap<>();
        for (Object[] row : waiting) {
            UUID queueId = (UUID) row[1];
            List<String> required = Arrays.asList((String[]) row[2]);
            Slot agent = slots.values().stream()
                    .filter(s -> s.free() && s.queues.contains(queueId) && s.skills.containsAll(required))
                    .min(Comparator.<Slot>comparingInt(s -> s.load)
                            .thenComparing(s -> s.lastAssigned, Comparator.nullsFirst(Comparator.naturalOrder()))
                            .thenComparing(s -> s.username))
                    .orElse(null);
            if (agent == null) {
                continue;
            }
            Ticket ticket = em.find(Ticket.class, row[0], LockModeType.PESSIMISTIC_WRITE);
            if (ticket == null || ticket.status != TicketStatus.NEW) {
                continue;
            }
            ticket.status = TicketStatus.ASSIGNED;
            ticket.assignedAgentId = agent.id;
            ticket.assignedAt = now;
            ticket.updatedAt = now;
            agent.load++;
            agent.lastAssigned = now;
            assigned++;
            events.record(ticket, TicketChanged.ASSIGNED, "system:auto-assign", "agent=" + agent.username);
            String code = queueCodes.computeIfAbsent(queueId, id -> ((SupportQueue) SupportQueue.findById(id)).code);
            metrics.assigned(code, ticket.priority.name(), Duration.between(ticket.createdAt, now));
            em.createNativeQuery("update agent set last_assigned_at = ?1 where id = ?2")
                    .setParameter(1, now).setParameter(2, agent.id).executeUpdate();
            if (slots.values().stream().noneMatch(Slot::free)) {
                break;
            }
        }
        return assigned;
    }

    private Map<UUID, Slot> freeAgents() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select a.id, a.username, a.skills, a.capacity, a.last_assigned_at,
                       (select count(*) from ticket t where t.assigned_agent_id = a.id
                          and t.status in ('ASSIGNED', 'IN_PROGRESS', 'WAITING_ON_CUSTOMER')) as load
                from agent a where a.availability = 'ONLINE'""").getResultList();
        Map<UUID, Slot> slots = new HashMap<>();
        for (Object[] row : rows) {
            Slot slot = new Slot((UUID) row[0], (String) row[1], (String[]) row[2], ((Number) row[3]).intValue(),
                    ((Number) row[5]).intValue(), row[4] == null ? null : com.safesupport.platform.persistence.Timestamps.instant(row[4]));
            if (slot.free()) {
                slots.put(slot.id, slot);
            }
        }
        if (!slots.isEmpty()) {
            @SuppressWarnings("unchecked")
            List<Object[]> memberships = em.createNativeQuery("select agent_id, queue_id from agent_queue where agent_id in (?1)")
                    .setParameter(1, new ArrayList<>(slots.keySet())).getResultList();
            for (Object[] m : memberships) {
                slots.get((UUID) m[0]).queues.add((UUID) m[1]);
            }
        }
        return slots;
    }
}
