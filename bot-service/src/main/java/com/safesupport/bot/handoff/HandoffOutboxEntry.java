package com.safesupport.bot.handoff;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A hand-off written in the same transaction as the turn that decided it, delivered afterwards and retried until
 * escalation-service has it: never lost. The request body is stored sealed and resent unchanged; {@link #ticketId}
 * is the ticket it created.
 */
@Entity
@Table(name = "handoff_outbox")
public class HandoffOutboxEntry extends OutboxEntry {

    /**
     * Claims up to {@code limit} due entries that no other instance is delivering ({@code FOR UPDATE SKIP LOCKED}),
     * oldest first, and moves their next attempt to {@code until}: replicas polling together each take different
     * entries, and an entry whose deliverer died is due again once the claim lapses. Runs in the caller's transaction.
     */
    public static List<UUID> claimDue(Instant now, Instant until, int limit) {
        return claimIds(HandoffOutboxEntry.class, until, """
                select id from handoff_outbox where status = 'PENDING' and next_attempt_at <= ?1
                order by created_at limit ?2 for update skip locked""", now, limit);
    }

    /** Claims one entry as {@link #claimDue} does; false when it is not due, not pending or another instance has it. */
    public static boolean claim(UUID id, Instant now, Instant until) {
        return !claimIds(HandoffOutboxEntry.class, until, """
                select id from handoff_outbox where id = ?1 and status = 'PENDING' and next_attempt_at <= ?2
                for update skip locked""", id, now).isEmpty();
    }

    public static String associatedData(UUID id) {
        return "bot.handoff:" + id;
    }
}
