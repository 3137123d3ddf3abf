package com.safesupport.redaction.vault;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** One use of {@code /v1/restore}: who, when, which scope and how many tags, never the values. */
@Entity
@Table(name = "restore_audit")
public class RestoreAudit extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "restored_at")
    public Instant restoredAt;

    public String caller;

    @Column(name = "client_id")
    public String clientId;

    public String scope;

    @Column(name = "tags_found")
    public int tagsFound;

    @Column(name = "tags_restored")
    public int tagsRestored;
}
