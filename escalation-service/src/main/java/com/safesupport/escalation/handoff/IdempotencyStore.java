package com.safesupport.escalation.handoff;

import com.safesupport.escalation.config.EscalationConfig;
import com.safesupport.platform.problem.DomainException;
import com.safesupport.platform.schedule.SchedulerTicks;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/**
 * Idempotency-Key records (IETF draft semantics), one row per calling client and key. A request first claims the
 * key in its own short transaction; the transaction that creates the ticket completes the key only if it still owns
 * it, so however many requests race, the database lets exactly one ticket commit.
 */
@ApplicationScoped
public class IdempotencyStore {

    /** What a request may do with its key. */
    public sealed interface Claim permits Owned, Replay {
    }

    /** The caller owns the key and must create the ticket (then {@link #complete}) or {@link #release} it. */
    public record Owned(UUID owner) implements Claim {
    }

    /** The key's first request finished: answer with its response. */
    public record Replay(int status, String body) implements Claim {
    }

    /** The ticket transaction lost the key to another request (its owner timed out); nothing may commit. */
    public static final class LostOwnership extends RuntimeException {
        LostOwnership() {
            super("idempotency key taken over", null, false, false);
        }
    }

    @Inject
    EntityManager em;

    @Inject
    EscalationConfig config;

    @Inject
    SchedulerTicks ticks;

    @Inject
    Clock clock;

    public Claim claim(String client, String key, String hash) {
        return QuarkusTransaction.requiringNew().call(() -> {
            // The claim need not wait for its WAL flush: the ticket transaction that follows commits synchronously,
            // which flushes the WAL up to and including this claim. A claim lost in a crash before that is harmless.
            em.createNativeQuery("set local synchronous_commit = off").executeUpdate();
            OffsetDateTime now = now();
            UUID owner = UUID.randomUUID();
            int inserted = em.createNativeQuery("""
                            insert into idempotency_key (client_id, idem_key, request_hash, state, owner, locked_at, expires_at)
                            values (?1, ?2, ?3, 'IN_FLIGHT', ?4, ?5, ?6) on conflict do nothing""")
                    .setParameter(1, client).setParameter(2, key).setParameter(3, hash).setParameter(4, owner)
                    .setParameter(5, now).setParameter(6, now.plus(config.idempotency().retention()))
                    .executeUpdate();
            if (inserted == 1) {
                return new Owned(owner);
            }
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("""
                            select request_hash, state, response_status, response_body, locked_at, expires_at
                            from idempotency_key where client_id = ?1 and idem_key = ?2 for update""")
                    .setParameter(1, client).setParameter(2, key).getResultList();
            if (rows.isEmpty()) {
                // Purged between our insert and our read: the caller may simply try again.
                throw DomainException.conflict("idempotency-key-in-flight", "A request with this Idempotency-Key is being processed; retry shortly");
            }
            Object[] row = rows.get(0);
            if (!instant(row[5]).isAfter(now.toInstant())) {
                take(client, key, hash, owner, now, true);
                return new Owned(owner);
            }
            if (!hash.equals(row[0])) {
                throw new DomainException(422, "idempotency-key-reused", "Unprocessable Content",
                        "This Idempotency-Key was used with a different request body");
            }
            if ("DONE".equals(row[1])) {
                return new Replay(((Number) row[2]).intValue(), (String) row[3]);
            }
            if (instant(row[4]).plus(config.idempotency().inFlightTimeout()).isBefore(now.toInstant())) {
                take(client, key, hash, owner, now, false);
                return new Owned(owner);
            }
            throw DomainException.conflict("idempotency-key-in-flight", "A request with this Idempotency-Key is being processed; retry shortly");
        });
    }

    /** Marks the key done with its response; must run in the transaction that created the ticket. */
    public void complete(String client, String key, UUID owner, UUID ticketId, int status, String body) {
        int updated = em.createNativeQuery("""
                        update idempotency_key set state = 'DONE', ticket_id = ?1, response_status = ?2, response_body = ?3
                        where client_id = ?4 and idem_key = ?5 and owner = ?6 and state = 'IN_FLIGHT'""")
                .setParameter(1, ticketId).setParameter(2, status).setParameter(3, body)
                .setParameter(4, client).setParameter(5, key).setParameter(6, owner)
                .executeUpdate();
        if (updated != 1) {
            throw new LostOwnership();
        }
    }

    /** Frees a key whose request failed, so that a retry can run. */
    public void release(String client, String key, UUID owner) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                        "delete from idempotency_key where client_id = ?1 and idem_key = ?2 and owner = ?3 and state = 'IN_FLIGHT'")
                .setParameter(1, client).setParameter(2, key).setParameter(3, owner).executeUpdate());
    }

    @Scheduled(every = "${escalation.idempotency.purge-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledPurge() {
        if (ticks.claim("idempotency-purge", config.idempotency().purgeEvery())) { // once per tick across replicas
            purge();
        }
    }

    /** Forgets keys past their retention (at least 24 hours by default). */
    public int purge() {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("delete from idempotency_key where expires_at < ?1")
                .setParameter(1, now()).executeUpdate());
    }

    private void take(String client, String key, String hash, UUID owner, OffsetDateTime now, boolean fresh) {
        em.createNativeQuery("""
                        update idempotency_key set request_hash = ?1, state = 'IN_FLIGHT', owner = ?2, locked_at = ?3,
                          expires_at = case when ?4 then ?5 else expires_at end,
                          ticket_id = null, response_status = null, response_body = null
                        where client_id = ?6 and idem_key = ?7""")
                .setParameter(1, hash).setParameter(2, owner).setParameter(3, now).setParameter(4, fresh)
                .setParameter(5, now.plus(config.idempotency().retention())).setParameter(6, client).setParameter(7, key)
                .executeUpdate();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private static Instant instant(Object value) {
        return com.safesupport.platform.persistence.Timestamps.instant(value);
    }
}
