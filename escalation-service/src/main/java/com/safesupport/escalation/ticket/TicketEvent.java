package com.safesupport.escalation.ticket;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** One step in a ticket's history. {@code detail} never holds personal data (codes, ids, priorities). */
@Entity
@Table(name = "ticket_event")
public class TicketEvent extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "ticket_id")
    public UUID ticketId;
    @Column(name = "queue_id")
    public UUID queueId;
    public String type;
    public String actor;
    public String detail;
    public Instant at;
}
