package com.safesupport.escalation.sla;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Targets for one priority, in seconds of business time (or wall-clock time when {@code businessHours} is false). */
@Entity
@Table(name = "sla_policy")
public class SlaPolicy extends PanacheEntityBase {

    @Id
    public String priority;
    @Column(name = "first_response_secs")
    public long firstResponseSecs;
    @Column(name = "next_response_secs")
    public long nextResponseSecs;
    @Column(name = "resolution_secs")
    public long resolutionSecs;
    @Column(name = "business_hours")
    public boolean businessHours;
}
