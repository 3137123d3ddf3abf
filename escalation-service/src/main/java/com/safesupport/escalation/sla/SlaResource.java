package com.safesupport.escalation.sla;

import com.safesupport.escalation.ticket.Priority;
import com.safesupport.platform.identity.Roles;
import com.safesupport.platform.problem.DomainException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Supervisors' SLA settings and notifications: {@code /v1/sla-policies}, {@code /v1/notifications}. */
@Path("/v1")
@RolesAllowed(Roles.SUPERVISOR)
@Produces(MediaType.APPLICATION_JSON)
public class SlaResource {

    /** Targets as ISO-8601 durations, e.g. {@code PT1H}. */
    public record PolicyRequest(@NotNull Duration firstResponse, @NotNull Duration nextResponse, @NotNull Duration resolution,
                             @NotNull Boolean businessHours) {
    }

    public record PolicyView(Priority priority, String firstResponse, String nextResponse, String resolution, boolean businessHours) {
    }

    public record NotificationView(UUID id, UUID ticketId, String kind, String message, Instant at, Instant acknowledgedAt) {
    }

    @jakarta.inject.Inject
    Clock clock;

    @jakarta.inject.Inject
    SlaService sla;

    @Operation(summary = "List SLA policies",
            description = "The first-response and resolution targets per priority.")
    @APIResponse(responseCode = "200", description = "The policies")
    @GET
    @Path("/sla-policies")
    @RolesAllowed({Roles.SUPERVISOR, Roles.AGENT})
    @Transactional
    public List<PolicyView> policies() {
        return SlaPolicy.<SlaPolicy>listAll().stream().map(SlaResource::view)
                .sorted((a, b) -> b.priority().compareTo(a.priority())).toList();
    }

    /** Applies to tickets created from now on; running clocks keep the targets they started with. */
    @Operation(summary = "Set an SLA policy",
            description = "Sets the targets of a priority (ISO-8601 durations); applies to tickets created from now on.")
    @APIResponse(responseCode = "200", description = "The policy as stored")
    @APIResponse(responseCode = "400", description = "Invalid priority or body")
    @PUT
    @Path("/sla-policies/{priority}")
    @Transactional
    public PolicyView put(@PathParam("priority") Priority priority, @Valid @NotNull PolicyRequest body) {
        for (Duration d : List.of(body.firstResponse(), body.nextResponse(), body.resolution())) {
            if (d.isNegative() || d.isZero()) {
                throw DomainException.badRequest("invalid-duration", "SLA targets must be positive durations");
            }
        }
        SlaPolicy policy = SlaPolicy.findById(priority.name());
        if (policy == null) {
            policy = new SlaPolicy();
            policy.priority = priority.name();
        }
        policy.firstResponseSecs = body.firstResponse().toSeconds();
        policy.nextResponseSecs = body.nextResponse().toSeconds();
        policy.resolutionSecs = body.resolution().toSeconds();
        policy.businessHours = body.businessHours();
        policy.persist();
        sla.invalidatePolicies();
        return view(policy);
    }

    @Operation(summary = "List notifications",
            description = "Supervisors' notifications (SLA breaches, undeliverable relays), optionally only unacknowledged ones.")
    @APIResponse(responseCode = "200", description = "The notifications")
    @GET
    @Path("/notifications")
    @Transactional
    public List<NotificationView> notifications(@QueryParam("unacknowledged") @DefaultValue("false") boolean open,
                                                @QueryParam("limit") @DefaultValue("100") int limit) {
        String query = open ? "acknowledgedAt is null order by at desc" : "order by at desc";
        return SupervisorNotification.<SupervisorNotification>find(query).page(0, Math.max(1, Math.min(limit, 500))).list().stream()
                .map(n -> new NotificationView(n.id, n.ticketId, n.kind, n.message, n.at, n.acknowledgedAt)).toList();
    }

    @Operation(summary = "Acknowledge a notification",
            description = "Marks a notification as seen.")
    @APIResponse(responseCode = "200", description = "The notification")
    @APIResponse(responseCode = "404", description = "No such notification")
    @POST
    @Path("/notifications/{id}/ack")
    @Transactional
    public NotificationView acknowledge(@PathParam("id") UUID id) {
        SupervisorNotification n = SupervisorNotification.findById(id);
        if (n == null) {
            throw DomainException.notFound("Notification " + id);
        }
        if (n.acknowledgedAt == null) {
            n.acknowledgedAt = clock.instant();
        }
        return new NotificationView(n.id, n.ticketId, n.kind, n.message, n.at, n.acknowledgedAt);
    }

    private static PolicyView view(SlaPolicy p) {
        return new PolicyView(Priority.valueOf(p.priority), Duration.ofSeconds(p.firstResponseSecs).toString(),
                Duration.ofSeconds(p.nextResponseSecs).toString(), Duration.ofSeconds(p.resolutionSecs).toString(), p.businessHours);
    }
}
