package com.safesupport.consent.purpose;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A processing purpose of the catalogue; its code is stable API. */
@Entity
@Table(name = "purpose")
public class Purpose extends PanacheEntityBase {

    @Id
    public String code;
    public String name;
    public String description;
    @Column(name = "dpv_purpose")
    public String dpvPurpose;
    @Column(name = "legal_basis")
    public String legalBasis;
    public String retention;
    @Column(name = "consent_validity")
    public String consentValidity;
    @Column(name = "current_notice")
    public int currentNotice;
    @Column(name = "reconsent_from")
    public int reconsentFrom;
    @Column(name = "updated_at")
    public Instant updatedAt;
}
