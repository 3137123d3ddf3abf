package com.safesupport.escalation.customer;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A customer's service tier (e.g. {@code gold}), set by supervisors or a CRM; it raises hand-off priority. */
@Entity
@Table(name = "customer_tier")
public class CustomerTier extends PanacheEntityBase {

    @Id
    @Column(name = "subject_id")
    public String subjectId;
    public String tier;
    @Column(name = "updated_at")
    public Instant updatedAt;

    public static String of(String subjectId) {
        CustomerTier found = findById(subjectId);
        return found == null ? null : found.tier;
    }
}
