package com.safesupport.escalation.sla;

import com.safesupport.escalation.config.EscalationConfig;
import com.safesupport.escalation.metrics.EscalationMetrics;
import com.safesupport.escalation.ticket.Priority;
import com.safesupport.escalation.ticket.Ticket;
import com.safesupport.escalation.ticket.TicketChanged;
import com.safesupport.escalation.ticket.TicketEvents;
import com.safesupport.escalation.ticket.TicketStatus;
import com.safesupport.platform.persistence.AdvisoryLock;
import com.safesupport.platform.schedule.SchedulerTicks;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The scheduler's SLA round: breaches (event, one priority step up, a supervisor notification, a metric), the
 * waiting-time rise of NEW tickets, and closing long-resolved tickets. Once per tick across replicas
 * ({@link SchedulerTicks}), and one instance at a time when called directly (advisory lock).
 */
@ApplicationScoped
public class SlaMonitor {

    private static final Logger LOG = Logger.getLogger(SlaMonitor.class);
    private static final long LOCK = 0x534c4131L; // "SLA1"

    /** What one round did. */
    public record Round(int breaches, int raised, int closed) {
    }

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

    @Inject
    SchedulerTicks ticks;

    @Scheduled(every = "${escalation.sla.check-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        if (!ticks.claim("sla-monitor", config.sla().checkEvery())) {
            return;
        }
        Round round = check();
        if (round.breaches() > 0) {
            LOG.infof("SLA round: %d breaches, %d tickets raised by waiting time, %d closed", round.breaches(), round.raised(), round.closed());
        }
    }

    public Round check() {
        return QuarkusTransaction.requiringNew().call(() -> {
            if (!AdvisoryLock.tryHold(em, LOCK)) {
                return new Round(0, 0, 0);
            }
            Instant now = clock.instant();
            return new Round(breaches(now), raiseWaiting(now), closeResolved(now));
        });
    }

    private int breaches(Instant now) {
        List<SlaTarget> due = SlaTarget.list("state = ?1 and pausedAt is null and dueAt < ?2 order by dueAt",
                SlaTarget.State.ACTIVE, now);
        for (SlaTarget target : due) {
            Ticket ticket = em.find(Ticket.class, target.ticketId, LockModeType.PESSIMISTIC_WRITE);
            if (ticket == null) {
                continue;
            }
            target.state = SlaTarget.State.BREACHED;
            target.breachedAt = now;
            Priority before = ticket.priority;
            ticket.priority = ticket.priority.raisedBy(1);
            ticket.updatedAt = now;
            events.record(ticket, TicketChanged.SLA_BREACHED, "system:sla", "target=" + target.target + " priority=" + before + "->" + ticket.priority);
            SupervisorNotification.of(ticket.id, ticket.queueId, "SLA_BREACHED",
                    target.target + " target breached on a " + before + " ticket; priority now " + ticket.priority, now);
            metrics.slaBreach(target.target.name(), before.name());
        }
        return due.size();
    }

    private int raiseWaiting(Instant now) {
        long step = Math.max(1, config.priority().waitingStep().toSeconds());
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select id, least(3, array_position(array['LOW','NORMAL','HIGH','URGENT'], base_priority) - 1
                                 + floor(extract(epoch from (cast(?1 as timestamptz) - created_at)) / ?2)::int) as wanted
                        from ticket
                        where status = 'NEW' and priority <> 'URGENT' and created_at < cast(?1 as timestamptz) - make_interval(secs => ?2)""")
                .setParameter(1, java.time.OffsetDateTime.ofInstant(now, java.time.ZoneOffset.UTC)).setParameter(2, step)
                .getResultList();
        int raised = 0;
        for (Object[] row : rows) {
            Priority wanted = Priority.values()[((Number) row[1]).intValue()];
            Ticket ticket = em.find(Ticket.class, (UUID) row[0], LockModeType.PESSIMISTIC_WRITE);
            if (ticket.status == TicketStatus.NEW && wanted.compareTo(ticket.priority) > 0) {
                Priority before = ticket.priority;
                ticket.priority = wanted;
                ticket.updatedAt = now;
                events.record(ticket, TicketChanged.PRIORITY_RAISED, "system:waiting-time", "priority=" + before + "->" + wanted);
                raised++;
            }
        }
        return raised;
    }

    private int closeResolved(Instant now) {
        List<Ticket> old = Ticket.list("status = ?1 and resolvedAt < ?2", TicketStatus.RESOLVED, now.minus(config.tickets().autoCloseAfter()));
        for (Ticket ticket : old) {
            ticket.status = TicketStatus.CLOSED;
            ticket.closedAt = now;
            ticket.updatedAt = now;
            events.record(ticket, TicketChanged.STATUS_CHANGED, "system:auto-close", "status=CLOSED");
        }
        return old.size();
    }
}
