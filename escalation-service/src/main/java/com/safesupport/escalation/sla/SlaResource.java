package com.safesupport.escalation.sla;

import com.safesupport.escalation.ticket.Priority;
import com.safesupport.platform.identity.Roles;
import jakarta.annotation.security.RolesAllowed;
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

import java.time.Duration;
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

    @jakarta.inject.Inject
    SlaSettings settings;

    @Operation(summary = "List SLA policies",
            description = "The first-response and resolution targets per priority.")
    @APIResponse(responseCode = "200", description = "The policies")
    @GET
    @Path("/sla-policies")
    @RolesAllowed({Roles.SUPERVISOR, Roles.AGENT})
    public List<SlaSettings.PolicyView> policies() {
        return settings.policies();
    }

    /** Applies to tickets created from now on; running clocks keep the targets they started with. */
    @Operation(summary = "Set an SLA policy",
            description = "Sets the targets of a priority (ISO-8601 durations); applies to tickets created from now on.")
    @APIResponse(responseCode = "200", description = "The policy as stored")
    @APIResponse(responseCode = "400", description = "Invalid priority or body")
    @PUT
    @Path("/sla-policies/{priority}")
    public SlaSettings.PolicyView put(@PathParam("priority") Priority priority, @Valid @NotNull PolicyRequest body) {
        return settings.setPolicy(priority, body.firstResponse(), body.nextResponse(), body.resolution(), body.businessHours());
    }

    @Operation(summary = "List notifications",
            description = "Supervisors' notifications (SLA breaches, undeliverable relays), optionally only unacknowledged ones.")
    @APIResponse(responseCode = "200", description = "The notifications")
    @GET
    @Path("/notifications")
    public List<SlaSettings.NotificationView> notifications(@QueryParam("unacknowledged") @DefaultValue("false") boolean open,
                                                            @QueryParam("limit") @DefaultValue("100") int limit) {
        return settings.notifications(open, limit);
    }

    @Operation(summary = "Acknowledge a notification",
            description = "Marks a notification as seen.")
    @APIResponse(responseCode = "200", description = "The notification")
    @APIResponse(responseCode = "404", description = "No such notification")
    @POST
    @Path("/notifications/{id}/ack")
    public SlaSettings.NotificationView acknowledge(@PathParam("id") UUID id) {
        return settings.acknowledge(id);
    }
}
