package com.safesupport.escalation.routing;

import com.safesupport.platform.identity.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.util.List;

/**
 * {@code /v1/agents}: supervisors provision agents (by Keycloak username) with skills, capacity and queues; an agent
 * reads their own record and sets their availability.
 */
@Path("/v1/agents")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AgentResource {

    public record AgentRequest(@NotBlank @Size(max = 128) String displayName,
                            @NotNull @Size(max = 40) List<@Pattern(regexp = "[a-z]+:[A-Za-z0-9_-]+") String> skills,
                            @NotNull @Min(0) @Max(100) Integer capacity,
                            @NotNull @Size(max = 40) List<@NotBlank String> queues,
                            Availability availability) {
    }

    public record CapacityRequest(@NotNull @Min(0) @Max(100) Integer capacity) {
    }

    public record AvailabilityRequest(@NotNull Availability availability) {
    }

    @Inject
    AgentDirectory agents;

    @Operation(summary = "List agents",
            description = "Every agent with skills, capacity, queues, availability and load.")
    @APIResponse(responseCode = "200", description = "The agents")
    @GET
    @RolesAllowed(Roles.SUPERVISOR)
    public List<AgentDirectory.AgentView> list() {
        return agents.list();
    }

    @Operation(summary = "The calling agent",
            description = "The calling agent's own profile and load.")
    @APIResponse(responseCode = "200", description = "The agent")
    @APIResponse(responseCode = "403", description = "The caller is not provisioned as an agent")
    @GET
    @Path("/me")
    @RolesAllowed(Roles.AGENT)
    public AgentDirectory.AgentView me() {
        return agents.me();
    }

    @Operation(summary = "Set my availability",
            description = "The calling agent goes available or away; available agents receive tickets.")
    @APIResponse(responseCode = "200", description = "The agent")
    @APIResponse(responseCode = "400", description = "Invalid body")
    @APIResponse(responseCode = "403", description = "The caller is not provisioned as an agent")
    @PUT
    @Path("/me/availability")
    @RolesAllowed(Roles.AGENT)
    public AgentDirectory.AgentView availability(@Valid @NotNull AvailabilityRequest body) {
        return agents.setMyAvailability(body.availability());
    }

    @Operation(summary = "Provision an agent",
            description = "Creates or changes an agent (by Keycloak username) with skills, capacity and queues (supervisors).")
    @APIResponse(responseCode = "200", description = "The agent as stored")
    @APIResponse(responseCode = "400", description = "Invalid body or username, or a named queue does not exist")
    @PUT
    @Path("/{username}")
    @RolesAllowed(Roles.SUPERVISOR)
    public AgentDirectory.AgentView put(@PathParam("username") @Size(max = 128) String username, @Valid @NotNull AgentRequest body) {
        return agents.provision(username, new AgentDirectory.Provisioning(body.displayName(), body.skills(), body.capacity(),
                body.queues(), body.availability()));
    }

    @Operation(summary = "Set an agent's capacity",
            description = "How many tickets the agent may hold at once.")
    @APIResponse(responseCode = "200", description = "The agent")
    @APIResponse(responseCode = "400", description = "Invalid body")
    @APIResponse(responseCode = "404", description = "No such agent")
    @PUT
    @Path("/{username}/capacity")
    @RolesAllowed(Roles.SUPERVISOR)
    public AgentDirectory.AgentView capacity(@PathParam("username") String username, @Valid @NotNull CapacityRequest body) {
        return agents.setCapacity(username, body.capacity());
    }
}
