package com.safesupport.consent.dsr;

import com.safesupport.consent.config.ConsentConfig;
import com.safesupport.platform.identity.Roles;
import com.safesupport.platform.persistence.AdvisoryLock;
import com.safesupport.platform.problem.DomainException;
import com.safesupport.platform.problem.RetryLater;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.time.Duration;
import java.time.Instant;

/**
 * Per-subject limits on data-subject requests, held in PostgreSQL so that every replica sees the same counts: one
 * open request per type and subject (a second ERASURE while one runs adds nothing but load), and a daily number of
 * requests a customer files for themselves. Checked under a per-subject advisory lock in the creating transaction, so
 * two replicas receiving the same subject's requests at once cannot both pass.
 */
@ApplicationScoped
public class DsrBudget {

    /** First key of the two-key advisory locks taken here (the ledger's append lock uses the one-key form). */
    private static final int SUBJECT_LOCK_CLASS = 0x44535231; // "DSR1"
    static final Duration DAY = Duration.ofDays(1);

    @Inject
    EntityManager em;

    @Inject
    ConsentConfig config;

    /** Refuses (409, or 429 with Retry-After) a new request that would exceed a limit; call inside the transaction. */
    void admit(String subjectId, DsrType type, String requesterRole, Instant now) {
        AdvisoryLock.hold(em, SUBJECT_LOCK_CLASS, subjectId);
        Long open = em.createQuery("select count(r) from DataSubjectRequest r where r.subjectId = ?1 and r.type = ?2 and r.status in ?3", Long.class)
                .setParameter(1, subjectId).setParameter(2, type).setParameter(3, DsrStatus.OPEN).getSingleResult();
        if (open > 0) {
            throw DomainException.conflict("dsr-already-open", "A " + type + " request for this subject is still open; it is "
                    + "answered before another of the same type is accepted");
        }
        if (!Roles.CUSTOMER.equals(requesterRole)) {
            return;
        }
        Instant since = now.minus(DAY);
        var recent = em.createQuery("select r.receivedAt from DataSubjectRequest r where r.subjectId = ?1 and r.requestedByRole = ?2 "
                        + "and r.receivedAt > ?3 order by r.receivedAt", Instant.class)
                .setParameter(1, subjectId).setParameter(2, Roles.CUSTOMER).setParameter(3, since).getResultList();
        int limit = config.dsr().perSubjectPerDay();
        if (recent.size() >= limit) {
            // The window frees a slot when the oldest request in it turns a day old.
            Instant freed = recent.get(recent.size() - limit).plus(DAY);
            throw RetryLater.tooManyRequests("too-many-dsr", "At most " + limit + " data-subject requests a day may be filed; "
                    + "try again later", Duration.between(now, freed).toSeconds() + 1);
        }
    }
}
