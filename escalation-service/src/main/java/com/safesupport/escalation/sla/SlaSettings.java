package com.safesupport.escalation.sla;

import com.safesupport.escalation.ticket.Priority;
import com.safesupport.platform.problem.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** What supervisors set and see of the SLAs: the policy per priority and the notifications of breaches. */
@ApplicationScoped
public class SlaSettings {

    public record PolicyView(Priority priority, String firstResponse, String nextResponse, String resolution, boolean businessHours) {
    }

    public record NotificationView(UUID id, UUID ticketId, String kind, String message, Instant at, Instant acknowledgedAt) {
    }

    @Inject
    Clock clock;

    @Inject
    SlaService sla;

    /** The policies, highest priority first. */
    @Transactional
    public List<PolicyView> policies() {
        return SlaPolicy.<SlaPolicy>listAll().stream().map(SlaSettings::view)
                .sorted((a, b) -> b.priority().compareTo(a.priority())).toList();
    }

    /** Sets a priority's targets (positive durations, 400 otherwise); tickets created from now on use them. */
    @Transactional
    public PolicyView setPolicy(Priority priority, Duration firstResponse, Duration nextResponse, Duration resolution,
                                boolean businessHours) {
        for (Duration d : List.of(firstResponse, nextResponse, resolution)) {
            if (d.isNegative() || d.isZero()) {
                throw DomainException.badRequest("invalid-duration", "SLA targets must be positive durations");
            }
        }
        SlaPolicy policy = SlaPolicy.findById(priority.name());
        if (policy == null) {
            policy = new SlaPolicy();
            policy.priority = priority.name();
        }
        policy.firstResponseSecs = firstResponse.toSeconds();
        policy.nextResponseSecs = nextResponse.toSeconds();
        policy.resolutionSecs = resolution.toSeconds();
        policy.businessHours = businessHours;
        policy.persist();
        sla.invalidatePolicies();
        return view(policy);
    }

    /** The newest notifications first, at most {@code limit} (1–500), optionally only those not yet acknowledged. */
    @Transactional
    public List<NotificationView> notifications(boolean unacknowledgedOnly, int limit) {
        String query = unacknowledgedOnly ? "acknowledgedAt is null order by at desc" : "order by at desc";
        return SupervisorNotification.<SupervisorNotification>find(query).page(0, Math.max(1, Math.min(limit, 500))).list().stream()
                .map(SlaSettings::view).toList();
    }

    /** Marks a notification as seen (once: a second acknowledgement keeps the first time); 404 if there is none. */
    @Transactional
    public NotificationView acknowledge(UUID id) {
        SupervisorNotification n = SupervisorNotification.findById(id);
        if (n == null) {
            throw DomainException.notFound("Notification " + id);
        }
        if (n.acknowledgedAt == null) {
            n.acknowledgedAt = clock.instant();
        }
        return view(n);
    }

    private static NotificationView view(SupervisorNotification n) {
        return new NotificationView(n.id, n.ticketId, n.kind, n.message, n.at, n.acknowledgedAt);
    }

    private static PolicyView view(SlaPolicy p) {
        return new PolicyView(Priority.valueOf(p.priority), Duration.ofSeconds(p.firstResponseSecs).toString(),
                Duration.ofSeconds(p.nextResponseSecs).toString(), Duration.ofSeconds(p.resolutionSecs).toString(), p.businessHours);
    }
}
