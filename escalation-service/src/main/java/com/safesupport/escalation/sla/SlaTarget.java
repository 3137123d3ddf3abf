package com.safesupport.escalation.sla;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** One SLA target of one ticket. While paused, {@code remainingSecs} holds what was left and {@code dueAt} is stale. */
@Entity
@Table(name = "sla_target")
@IdClass(SlaTarget.Key.class)
public class SlaTarget extends PanacheEntityBase {

    public enum Kind { FIRST_RESPONSE, NEXT_RESPONSE, RESOLUTION }

    public enum State { ACTIVE, MET, BREACHED }

    @Id
    @Column(name = "ticket_id")
    public UUID ticketId;
    @Id
    @Enumerated(EnumType.STRING)
    public Kind target;
    @Enumerated(EnumType.STRING)
    public State state;
    @Column(name = "business_hours")
    public boolean businessHours;
    @Column(name = "due_at")
    public Instant dueAt;
    @Column(name = "paused_at")
    public Instant pausedAt;
    @Column(name = "remaining_secs")
    public Long remainingSecs;
    @Column(name = "met_at")
    public Instant metAt;
    @Column(name = "breached_at")
    public Instant breachedAt;

    public static List<SlaTarget> ofTicket(UUID ticketId) {
        return list("ticketId = ?1 order by target", ticketId);
    }

    public static class Key implements Serializable {
        public UUID ticketId;
        public Kind target;

        public Key() {
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(ticketId, k.ticketId) && target == k.target;
        }

        @Override
        public int hashCode() {
            return Objects.hash(ticketId, target);
        }
    }
}
