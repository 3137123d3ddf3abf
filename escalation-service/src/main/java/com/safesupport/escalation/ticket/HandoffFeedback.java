package com.safesupport.escalation.ticket;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The agents' verdicts on hand-offs ("was this hand-off needed?"), kept per reason: the bot's quality signal. A row
 * carries the ticket's reasons and base priority but no subject, so it survives the erasure of its ticket.
 */
@ApplicationScoped
public class HandoffFeedback {

    /** Per hand-off reason: how many hand-offs were judged needed and how many not. */
    public record ReasonFeedback(String reason, long needed, long notNeeded, double neededRate) {
    }

    @Inject
    EntityManager em;

    /** Records a verdict on the ticket's hand-off, in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Ticket ticket, boolean needed, Instant at) {
        em.createNativeQuery("insert into handoff_feedback (id, reasons, needed, priority, at) values (?1, ?2, ?3, ?4, ?5)")
                .setParameter(1, UUID.randomUUID()).setParameter(2, ticket.reasons).setParameter(3, needed)
                .setParameter(4, ticket.basePriority.name()).setParameter(5, at).executeUpdate();
    }

    @Transactional
    public List<ReasonFeedback> byReason() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select r.reason, count(*) filter (where f.needed), count(*) filter (where not f.needed)
                from handoff_feedback f, unnest(f.reasons) as r(reason)
                group by r.reason order by r.reason""").getResultList();
        return rows.stream().map(r -> {
            long needed = ((Number) r[1]).longValue();
            long not = ((Number) r[2]).longValue();
            return new ReasonFeedback((String) r[0], needed, not, needed + not == 0 ? 0 : (double) needed / (needed + not));
        }).toList();
    }
}
