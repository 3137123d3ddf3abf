package com.safesupport.bot.handoff;

import com.safesupport.platform.crypto.Sealer;
import com.safesupport.platform.time.Backoff;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Query;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What bot-service's two transactional outboxes to escalation-service share (hand-offs, {@link HandoffOutboxEntry};
 * customer messages, {@link CustomerMessageOutboxEntry}): a sealed request of a conversation under a stable
 * Idempotency-Key, its claim by one deliverer at a time, and what an attempt's answer does to it. No table of its own:
 * both tables have these columns (V2 {@code handoff_outbox}, V8 {@code customer_message_outbox}).
 */
@MappedSuperclass
public abstract class OutboxEntry extends PanacheEntityBase {

    public enum Status { PENDING, DELIVERED, REJECTED }

    /** How long a delivery attempt holds its entry (the lease of a claim); far above the escalation call's timeouts. */
    static final Duration CLAIM = Duration.ofSeconds(60);

    @Id
    public UUID id;

    @Column(name = "conversation_id", nullable = false)
    public UUID conversationId;

    @Column(name = "subject_id", nullable = false)
    public String subjectId;

    @Column(name = "idempotency_key", nullable = false, unique = true)
    public String idempotencyKey;

    /** The hand-off's ticket: the one it created, or the one a customer message goes to. */
    @Column(name = "ticket_id")
    public String ticketId;

    @Column(name = "payload_key_id", nullable = false)
    public String payloadKeyId;

    @Column(name = "payload_sealed", nullable = false)
    public byte[] payloadSealed;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    public int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    public Instant nextAttemptAt;

    @Column(name = "last_error")
    public String lastError;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "delivered_at")
    public Instant deliveredAt;

    /**
     * Claims the entries a native {@code select id … for update skip locked} finds (its parameters {@code ?1…} in
     * order) and moves their next attempt to {@code until}, a lease: replicas claiming together each take other
     * entries, and an entry whose deliverer died is due again once the lease lapses. Runs in the caller's transaction.
     */
    @SuppressWarnings("unchecked")
    static List<UUID> claimIds(Class<? extends OutboxEntry> type, Instant until, String lockingSelect, Object... params) {
        EntityManager em = Panache.getEntityManager(type);
        Query select = em.createNativeQuery(lockingSelect, UUID.class);
        for (int i = 0; i < params.length; i++) {
            select.setParameter(i + 1, params[i]);
        }
        List<UUID> ids = select.getResultList();
        if (!ids.isEmpty()) {
            em.createQuery("update " + em.getMetamodel().entity(type).getName() + " set nextAttemptAt = ?1 where id in ?2")
                    .setParameter(1, until).setParameter(2, ids).executeUpdate();
        }
        return ids;
    }

    /**
     * Whether escalation-service's 4xx answer is final for an outbox entry: retrying changes nothing, except after
     * throttling (429), a time-out (408) or an authentication trouble (401, 403).
     */
    static boolean finalAnswer(int httpStatus) {
        return httpStatus != 429 && httpStatus != 401 && httpStatus != 403 && httpStatus != 408;
    }

    /** A new entry, due at once: its request sealed and bound to the row by {@code associatedData}. */
    void pending(Sealer sealer, String body, String associatedData, Instant now) {
        Sealer.Sealed sealed = sealer.seal(body, associatedData);
        payloadKeyId = sealed.keyId();
        payloadSealed = sealed.ciphertext();
        status = Status.PENDING;
        createdAt = now;
        nextAttemptAt = now;
    }

    /** The request as written, to send again byte for byte. */
    String body(Sealer sealer, String associatedData) {
        return sealer.openString(new Sealer.Sealed(payloadKeyId, payloadSealed), associatedData);
    }

    /** escalation-service has it. */
    void delivered(Instant now) {
        status = Status.DELIVERED;
        deliveredAt = now;
        attempts++;
    }

    /** An attempt failed: a final answer rejects the entry, any other makes it due again after the back-off. */
    void failed(String error, boolean permanent, Instant now, Duration initialBackoff, Duration maxBackoff) {
        attempts++;
        if (permanent) {
            reject(error);
            return;
        }
        lastError = error;
        nextAttemptAt = now.plus(Backoff.exponential(initialBackoff, maxBackoff, attempts));
    }

    /** Never delivered: it needs an operator. */
    void reject(String error) {
        status = Status.REJECTED;
        lastError = error;
    }
}
