package com.safesupport.consent.ledger;

import com.safesupport.platform.persistence.AdvisoryLock;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * The append-only, hash-chained consent ledger: append, verify, erase a subject.
 */
@ApplicationScoped
public class ConsentLedger {

    /** Serialises appends so that each link sees the one before it; any constant unique to this table will do. */
    private static final long APPEND_LOCK = 0x0C0_5E47L;
    private static final int PAGE = 2000;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    MeterRegistry metrics;

    /** Appends an event in the caller's transaction and returns the stored link. */
    @Transactional(Transactional.TxType.MANDATORY)
    public ConsentEvent append(EventDetails details) {
        AdvisoryLock.hold(em, APPEND_LOCK);
        List<?> head = em.createNativeQuery("select seq, hash from consent_event order by seq desc limit 1").getResultList();
        long seq = 1;
        String prev = LedgerChain.GENESIS;
        if (!head.isEmpty()) {
            Object[] row = (Object[]) head.get(0);
            seq = ((Number) row[0]).longValue() + 1;
            prev = (String) row[1];
        }
        String payload = LedgerChain.canonical(details);
        ConsentEvent event = new ConsentEvent();
        event.seq = seq;
        event.eventId = details.eventId();
        event.subjectId = details.subjectId();
        event.purposeCode = details.purpose();
        event.kind = details.kind();
        event.occurredAt = LedgerChain.truncate(details.occurredAt());
        event.payload = payload;
        event.salt = LedgerChain.newSalt();
        event.payloadHash = LedgerChain.payloadHash(event.salt, payload);
        event.prevHash = prev;
        event.hash = LedgerChain.link(prev, seq, event.payloadHash);
        event.persist();
        metrics.counter("consent_ledger_events_total", "kind", details.kind().name()).increment();
        return event;
    }

    /**
     * Erases a subject from the ledger: payload, subject id and salt are dropped, hashes stay. Idempotent.
     *
     * @return how many events were erased by this call
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int eraseSubject(String subjectId) {
        return em.createNativeQuery("update consent_event set payload = null, subject_id = null, salt = null, erased_at = ?1 where subject_id = ?2")
                .setParameter(1, clock.instant())
                .setParameter(2, subjectId)
                .executeUpdate();
    }

    /** Where the chain breaks first; absent when every link holds. */
    public record BrokenLink(long seq, UUID eventId, String reason) {
    }

    public record Verification(boolean valid, long eventsChecked, long erasedEvents, Long headSeq, String headHash,
                               BrokenLink firstBrokenLink, Instant verifiedAt, long durationMillis, int signedHeadsChecked) {
    }

    /** Walks the whole chain from the first link and reports the first that does not hold. */
    @Transactional
    public Verification verify() {
        return verify(List.of());
    }

    /**
     * Walks the whole chain and also holds it against signed heads: the link at each signed {@code seq} must still
     * have the signed hash, and the chain must reach it.
     */
    @Transactional
    public Verification verify(List<HeadSignatures.SignedHead> signedHeads) {
        Map<Long, List<HeadSignatures.SignedHead>> anchors = new java.util.HashMap<>();
        signedHeads.forEach(h -> anchors.computeIfAbsent(h.seq(), s -> new java.util.ArrayList<>()).add(h));
        long started = System.nanoTime();
        long checked = 0;
        long erased = 0;
        long expectedSeq = 1;
        String prev = LedgerChain.GENESIS;
        BrokenLink broken = null;
        while (broken == null) {
            List<?> rows = em.createNativeQuery("""
                            select seq, event_id, subject_id, purpose_code, kind, occurred_at, payload, payload_hash,
                                   prev_hash, hash, erased_at, salt
                            from consent_event where seq >= ?1 order by seq limit ?2""")
                    .setParameter(1, expectedSeq)
                    .setParameter(2, PAGE)
                    .getResultList();
            if (rows.isEmpty()) {
                break;
            }
            for (Object o : rows) {
                Object[] r = (Object[]) o;
                long seq = ((Number) r[0]).longValue();
                UUID eventId = (UUID) r[1];
                String reason = check(r, expectedSeq, prev);
                if (reason != null) {
                    broken = new BrokenLink(seq, eventId, reason);
                    break;
                }
                for (HeadSignatures.SignedHead anchor : anchors.getOrDefault(seq, List.of())) {
                    if (broken == null && !anchor.hash().equals(r[9])) {
                        broken = new BrokenLink(seq, eventId, "hash differs from the head signed at " + anchor.signedAt());
                    }
                }
                if (broken != null) {
                    break;
                }
                if (r[6] == null) {
                    erased++;
                }
                checked++;
                prev = (String) r[9];
                expectedSeq = seq + 1;
            }
            em.clear();
        }
        if (broken == null) {
            long reached = expectedSeq - 1;
            broken = anchors.keySet().stream().filter(seq -> seq > reached).min(Long::compare)
                    .map(seq -> new BrokenLink(seq, null, "the chain ends before seq " + seq + ", a signed head")).orElse(null);
        }
        Long headSeq = checked == 0 ? null : expectedSeq - 1;
        return new Verification(broken == null, checked, erased, broken == null ? headSeq : null,
                broken == null && checked > 0 ? prev : null, broken, clock.instant(),
                Duration.ofNanos(System.nanoTime() - started).toMillis(), signedHeads.size());
    }

    private static String check(Object[] r, long expectedSeq, String prev) {
        long seq = ((Number) r[0]).longValue();
        String payload = (String) r[6];
        String payloadHash = (String) r[7];
        if (seq != expectedSeq) {
            return "missing link: expected seq " + expectedSeq + " but found " + seq;
        }
        if (!prev.equals(r[8])) {
            return "prev_hash does not match the hash of the link before";
        }
        if (payload == null) {
            if (r[10] == null || r[2] != null || r[11] != null) {
                return "payload missing without a recorded erasure";
            }
        } else {
            if (!LedgerChain.payloadHash((String) r[11], payload).equals(payloadHash)) {
                return "payload does not match payload_hash";
            }
            String columns = columnsAgree(r, payload);
            if (columns != null) {
                return columns;
            }
        }
        if (!LedgerChain.link(prev, seq, payloadHash).equals(r[9])) {
            return "hash does not match prev_hash, seq and payload_hash";
        }
        return null;
    }

    /** The indexed columns are copies of payload fields; a copy that disagrees was edited. */
    private static String columnsAgree(Object[] r, String payload) {
        Map<String, Object> f;
        try {
            f = LedgerChain.parse(payload);
        } catch (IllegalArgumentException e) {
            return "payload is not canonical JSON";
        }
        Instant occurred = r[5] instanceof Instant i ? i : r[5] instanceof java.time.OffsetDateTime odt ? odt.toInstant()
                : r[5] instanceof java.sql.Timestamp ts ? ts.toInstant() : null;
        boolean agree = Objects.equals(String.valueOf(r[1]), f.get("eventId"))
                && Objects.equals(r[2], f.get("subjectId"))
                && Objects.equals(r[3], f.get("purpose"))
                && Objects.equals(r[4], f.get("kind"))
                && occurred != null && Objects.equals(occurred.toString(), f.get("occurredAt"));
        return agree ? null : "row columns differ from the hashed payload";
    }
}
