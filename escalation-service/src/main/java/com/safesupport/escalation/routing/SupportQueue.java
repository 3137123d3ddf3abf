package com.safesupport.escalation.routing;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** A queue of tickets: the skills an agent needs to work it and the ticket topics it takes. */
@Entity
@Table(name = "support_queue")
public class SupportQueue extends PanacheEntityBase {

    @Id
    public UUID id;
    public String code;
    public String name;
    public String[] skills;
    public String[] topics;
    @Column(name = "created_at")
    public Instant createdAt;

    public static Optional<SupportQueue> byCode(String code) {
        return find("code", code).firstResultOptional();
    }
}
