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
    /** How {@link #textSealed} is bound: {@link #TICKET_BOUND} (rows before V4), {@link #ROW_BOUND} (all new rows). */
    @Column(name = "aad_version")
    public short aadVersion = ROW_BOUND;

    /** Sealed with the ticket id only: any note of the ticket opened with it (kept readable, never written). */
    public static final short TICKET_BOUND = 1;
    /** Sealed with the ticket and the note's own id: a ciphertext copied onto another note does not open. */
    public static final short ROW_BOUND = 2;

    /** The AES-GCM associated data of this note's text. */
    public String associatedData() {
        return aadVersion == TICKET_BOUND ? "ticket-text:" + ticketId : "ticket-note:" + ticketId + ":" + id;
    }

    public static List<TicketNote> ofTicket(UUID ticketId) {
        return list("ticketId = ?1 order by at, id", ticketId);
    }
}
