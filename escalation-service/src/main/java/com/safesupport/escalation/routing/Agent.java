package com.safesupport.escalation.routing;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** A human agent, known by the token's {@code preferred_username}; queues are in {@code agent_queue}. */
@Entity
@Table(name = "agent")
public class Agent extends PanacheEntityBase {

    @Id
    public UUID id;
    public String username;
    @Column(name = "display_name")
    public String displayName;
    public String[] skills;
    public int capacity;
    @Enumerated(EnumType.STRING)
    public Availability availability;
    @Column(name = "last_assigned_at")
    public Instant lastAssignedAt;
    @Version
    public int version;

    public static Optional<Agent> byUsername(String username) {
        return find("username", username).firstResultOptional();
    }
}
