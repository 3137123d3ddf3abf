package com.safesupport.escalation.ticket;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An internal note (NOTE), an agent's reply to the customer (REPLY) or a customer message (CUSTOMER); text sealed. */
@Entity
@Table(name = "ticket_note")
public class TicketNote extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "ticket_id")
    public UUID ticketId;
    public String kind;
    public String author;
    @Column(name = "key_id")
    public String keyId;
    @Column(name = "text_sealed")
    public byte[] textSealed;
    public Instant at;

    public static List<TicketNote> ofTicket(UUID ticketId) {
        return list("ticketId = ?1 order by at, id", ticketId);
    }
}
