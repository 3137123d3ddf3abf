package com.safesupport.escalation.sla;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** Something supervisors must look at (an SLA breach, an undeliverable reply). The message holds no personal data. */
@Entity
@Table(name = "supervisor_notification")
public class SupervisorNotification extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "ticket_id")
    public UUID ticketId;
    @Column(name = "queue_id")
    public UUID queueId;
    public String kind;
    public String message;
    public Instant at;
    @Column(name = "acknowledged_at")
    public Instant acknowledgedAt;

    public static SupervisorNotification of(UUID ticketId, UUID queueId, String kind, String message, Instant at) {
        SupervisorNotification n = new SupervisorNotification();
        n.id = UUID.randomUUID();
        n.ticketId = ticketId;
        n.queueId = queueId;
        n.kind = kind;
        n.message = message;
        n.at = at;
        n.persist();
        return n;
    }
}
