package com.safesupport.redaction.vault;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One value of one scope: its tag, its fingerprint and, when pseudonymised, the sealed original. */
@Entity
@Table(name = "vault_entry")
public class VaultEntry extends PanacheEntityBase {

    @Id
    public UUID id;

    public String scope;

    @Column(name = "subject_id")
    public String subjectId;

    @Column(name = "entity_type")
    public String entityType;

    public int number;

    public String tag;

    public String fingerprint;

    @Column(name = "key_id")
    public String keyId;

    public byte[] ciphertext;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "expires_at")
    public Instant expiresAt;

    static List<VaultEntry> ofScope(String scope) {
        return list("scope", scope);
    }

    static List<VaultEntry> ofSubject(String subjectId) {
        return list("subjectId = ?1 order by createdAt, scope, tag", subjectId);
    }

    static List<VaultEntry> restorable(String scope, List<String> tags, Instant now) {
        return list("scope = ?1 and tag in ?2 and expiresAt > ?3 and ciphertext is not null", scope, tags, now);
    }

    /** What the vault binds a ciphertext to: moving it to another scope or tag makes it unreadable. */
    String associatedData() {
        return "vault:" + scope + ":" + tag;
    }

    @Override
    public String toString() {
        return "VaultEntry[" + id + ", " + entityType + ", " + tag + "]";
    }
}
