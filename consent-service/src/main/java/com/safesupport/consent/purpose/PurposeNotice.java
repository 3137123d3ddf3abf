package com.safesupport.consent.purpose;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** One version of a purpose's privacy notice, stored with the SHA-256 of its text. */
@Entity
@Table(name = "purpose_notice")
@IdClass(PurposeNotice.Key.class)
public class PurposeNotice extends PanacheEntityBase {

    @Id
    @Column(name = "purpose_code")
    public String purposeCode;
    @Id
    public int version;
    public String language;
    public String text;
    public String sha256;
    public boolean material;
    @Column(name = "published_at")
    public Instant publishedAt;

    public static List<PurposeNotice> of(String purposeCode) {
        return list("purposeCode = ?1 order by version", purposeCode);
    }

    public static PurposeNotice find(String purposeCode, int version) {
        return find("purposeCode = ?1 and version = ?2", purposeCode, version).firstResult();
    }

    public static class Key implements Serializable {
        public String purposeCode;
        public int version;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.version == version && Objects.equals(k.purposeCode, purposeCode);
        }

        @Override
        public int hashCode() {
            return Objects.hash(purposeCode, version);
        }
    }
}
