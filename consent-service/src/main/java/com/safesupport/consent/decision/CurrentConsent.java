package com.safesupport.consent.decision;

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

/** The projection of the ledger that decisions read: the latest event per subject and purpose. */
@Entity
@Table(name = "current_consent")
@IdClass(CurrentConsent.Key.class)
public class CurrentConsent extends PanacheEntityBase {

    @Id
    @Column(name = "subject_id")
    public String subjectId;
    @Id
    @Column(name = "purpose_code")
    public String purposeCode;
    @Enumerated(EnumType.STRING)
    public ConsentState state;
    @Column(name = "notice_version")
    public int noticeVersion;
    @Column(name = "decided_at")
    public Instant decidedAt;
    @Column(name = "expires_at")
    public Instant expiresAt;
    @Column(name = "evidence_event_id")
    public UUID evidenceEventId;

    public static CurrentConsent of(String subjectId, String purposeCode) {
        return getEntityManager().find(CurrentConsent.class, new Key(subjectId, purposeCode));
    }

    public static List<CurrentConsent> ofSubject(String subjectId) {
        return list("subjectId", subjectId);
    }

    /** GIVEN consents whose validity ended by {@code now}: the expiry job turns them into EXPIRED events. */
    public static List<CurrentConsent> expiredBy(Instant now, int limit) {
        return find("state = ?1 and expiresAt <= ?2", ConsentState.GIVEN, now).page(0, limit).list();
    }

    public static class Key implements Serializable {
        public String subjectId;
        public String purposeCode;

        public Key() {
        }

        public Key(String subjectId, String purposeCode) {
            this.subjectId = subjectId;
            this.purposeCode = purposeCode;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(k.subjectId, subjectId) && Objects.equals(k.purposeCode, purposeCode);
        }

        @Override
        public int hashCode() {
            return Objects.hash(subjectId, purposeCode);
        }
    }
}
