package com.safesupport.consent.ledger;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One link of the consent ledger. Rows are only ever inserted; erasure drops {@code payload} and
 * {@code subjectId} and keeps {@code payloadHash}, so the chain still verifies (a database trigger enforces both).
 */
@Entity
@Table(name = "consent_event")
public class ConsentEvent extends PanacheEntityBase {

    @Id
    public long seq;
    @Column(name = "event_id")
    public UUID eventId;
    @Column(name = "subject_id")
    public String subjectId;
    @Column(name = "purpose_code")
    public String purposeCode;
    @Enumerated(EnumType.STRING)
    public EventKind kind;
    @Column(name = "occurred_at")
    public Instant occurredAt;
    public String payload;
    @Column(name = "payload_hash")
    public String payloadHash;
    @Column(name = "prev_hash")
    public String prevHash;
    public String hash;
    @Column(name = "erased_at")
    public Instant erasedAt;
    /** Random, hashed with the payload; dropped on erasure so the payload hash cannot be confirmed by guessing. */
    public String salt;

    public static List<ConsentEvent> ofSubject(String subjectId) {
        return list("subjectId = ?1 order by seq", subjectId);
    }

    public static ConsentEvent byEventId(UUID eventId) {
        return find("eventId", eventId).firstResult();
    }
}
