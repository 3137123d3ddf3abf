package com.safesupport.escalation.routing;

import com.safesupport.platform.identity.Roles;
import com.safesupport.platform.problem.DomainException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
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

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * {@code /v1/agents}: supervisors provision agents (by Keycloak username) with skills, capacity and queues; an agent
 * reads their own record and sets their availability.
 */
@Path("/v1/agents")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AgentResource {

    public record AgentBody(@NotBlank @Size(max = 128) String displayName,
                            @NotNull @Size(max = 40) List<@Pattern(regexp = "[a-z]+:[A-Za-z0-9_-]+") String> skills,
                            @NotNull @Min(0) @Max(100) Integer capacity,
                            @NotNull @Size(max = 40) List<@NotBlank String> queues,
                            Availability availability) {
    }

    public record CapacityBody(@NotNull @Min(0) @Max(100) Integer capacity) {
    }

    public record AvailabilityBody(@NotNull Availability availability) {
    }

    public record AgentView(String username, String displayName, List<String> skills, int capacity,
                            Availability availability, List<String> queues, long load) {
    }

    @Inject
    Staff staff;

    @Inject
    EntityManager em;

    @Inject
    Event<AgentChanged> changed;

    @Operation(summary = "List agents",
            description = "Every agent with skills, capacity, queues, availability and load.")
    @APIResponse(responseCode = "200", description = "The agents")
    @GET
    @RolesAllowed(Roles.SUPERVISOR)
    @Transactional
    public List<AgentView> list() {
        return Agent.<Agent>listAll().stream().sorted(Comparator.comparing(a -> a.username)).map(this::view).toList();
    }

    @Operation(summary = "The calling agent",
            description = "The calling agent's own profile and load.")
    @APIResponse(responseCode = "200", description = "The agent")
    @APIResponse(responseCode = "403", description = "The caller is not provisioned as an agent")
    @GET
    @Path("/me")
    @RolesAllowed(Roles.AGENT)
    @Transactional
    public AgentView me() {
        return view(staff.requireAgent());
    }

    @Operation(summary = "Set my availability",
            description = "The calling agent goes available or away; available agents receive tickets.")
    @APIResponse(responseCode = "200", description = "The agent")
    @APIResponse(responseCode = "400", description = "Invalid body")
    @APIResponse(responseCode = "403", description = "The caller is not provisioned as an agent")
    @PUT
    @Path("/me/availability")
    @RolesAllowed(Roles.AGENT)
    @Transactional
    public AgentView availability(@Valid @NotNull AvailabilityBody body) {
        Agent me = staff.requireAgent();
        me.availability = body.availability();
        changed.fire(new AgentChanged(me.username));
        return view(me);
    }

    @Operation(summary = "Provision an agent",
            description = "Creates or changes an agent (by Keycloak username) with skills, capacity and queues (supervisors).")
    @APIResponse(responseCode = "200", description = "The agent as stored")
    @APIResponse(responseCode = "400", description = "Invalid body or username")
    @APIResponse(responseCode = "404", description = "A named queue does not exist")
    @PUT
    @Path("/{username}")
    @RolesAllowed(Roles.SUPERVISOR)
    @Transactional
    public AgentView put(@PathParam("username") @Size(max = 128) String username, @Valid @NotNull AgentBody body) {
        Map<String, UUID> queueIds = SupportQueue.<SupportQueue>listAll().stream().collect(Collectors.toMap(q -> q.code, q -> q.id));
        List<String> unknown = body.queues().stream().filter(q -> !queueIds.containsKey(q)).toList();
        if (!unknown.isEmpty()) {
            throw DomainException.badRequest("unknown-queue", "Unknown queues: " + unknown);
        }
        Agent agent = Agent.byUsername(username).orElseGet(() -> {
            Agent created = new Agent();
            created.id = UUID.randomUUID();
            created.username = username;
            created.availability = Availability.OFFLINE;
            return created;
        });
        agent.displayName = body.displayName();
        agent.skills = body.skills().toArray(String[]::new);
        agent.capacity = body.capacity();
        if (body.availability() != null) {
            agent.availability = body.availability();
        }
        agent.persist();
        em.flush();
        em.createNativeQuery("delete from agent_queue where agent_id = ?1").setParameter(1, agent.id).executeUpdate();
        for (String code : Set.copyOf(body.queues())) {
            em.createNativeQuery("insert into agent_queue (agent_id, queue_id) values (?1, ?2)")
                    .setParameter(1, agent.id).setParameter(2, queueIds.get(code)).executeUpdate();
        }
        changed.fire(new AgentChanged(username));
        return view(agent);
    }

    @Operation(summary = "Set an agent's capacity",
            description = "How many tickets the agent may hold at once.")
    @APIResponse(responseCode = "200", description = "The agent")
    @APIResponse(responseCode = "400", description = "Invalid body")
    @APIResponse(responseCode = "404", description = "No such agent")
    @PUT
    @Path("/{username}/capacity")
    @RolesAllowed(Roles.SUPERVISOR)
    @Transactional
    public AgentView capacity(@PathParam("username") String username, @Valid @NotNull CapacityBody body) {
        Agent agent = Agent.byUsername(username).orElseThrow(() -> DomainException.notFound("Agent " + username));
        agent.capacity = body.capacity();
        changed.fire(new AgentChanged(username));
        return view(agent);
    }

    private AgentView view(Agent agent) {
        List<String> queues = new ArrayList<>();
        Set<UUID> ids = Staff.queuesOf(em, agent.id);
        SupportQueue.<SupportQueue>listAll().stream().filter(q -> ids.contains(q.id)).map(q -> q.code).sorted().forEach(queues::add);
        long load = com.safesupport.escalation.ticket.Ticket.count("assignedAgentId = ?1 and status in ?2", agent.id,
                com.safesupport.escalation.ticket.TicketStatus.HELD);
        return new AgentView(agent.username, agent.displayName, List.of(agent.skills), agent.capacity, agent.availability, queues, load);
    }
}
