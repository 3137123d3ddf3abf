package com.safesupport.escalation.routing;

import com.safesupport.escalation.stream.TicketStream;
import com.safesupport.escalation.ticket.TicketChanged;
import com.safesupport.platform.identity.Roles;
import com.safesupport.platform.problem.DomainException;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Multi;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
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
import org.jboss.resteasy.reactive.RestStreamElementType;

import java.util.List;

/** {@code /v1/queues}: queues with their skills and topics, and a server-sent-events stream per queue. */
@Path("/v1/queues")
@Produces(MediaType.APPLICATION_JSON)
public class QueueResource {

    public record QueueRequest(@NotBlank @Size(max = 128) String name,
                            @NotNull @Size(max = 20) List<@Pattern(regexp = "[a-z]+:[A-Za-z0-9_-]+") String> skills,
                            @NotNull @Size(max = 20) List<@Pattern(regexp = "[A-Za-z0-9_-]+") String> topics) {
    }

    @Inject
    Staff staff;

    @Inject
    TicketStream stream;

    @Inject
    QueueDirectory queues;

    @Operation(summary = "List queues",
            description = "The queues with their skills, topics and waiting tickets.")
    @APIResponse(responseCode = "200", description = "The queues")
    @GET
    @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR})
    public List<QueueDirectory.QueueView> list() {
        return queues.visible();
    }

    @Operation(summary = "Define or change a queue",
            description = "Creates the queue or changes its name, skills and topics (supervisors).")
    @APIResponse(responseCode = "200", description = "The queue as stored")
    @APIResponse(responseCode = "400", description = "Invalid code or body")
    @PUT
    @Path("/{code}")
    @RolesAllowed(Roles.SUPERVISOR)
    @Consumes(MediaType.APPLICATION_JSON)
    public QueueDirectory.QueueView put(@PathParam("code") @Pattern(regexp = "[a-z0-9-]{1,64}") String code, @Valid @NotNull QueueRequest body) {
        return queues.define(code, body.name(), body.skills(), body.topics());
    }

    @Operation(summary = "Follow a queue",
            description = "A server-sent-events stream of the queue's ticket changes, for the agent desktop.")
    @APIResponse(responseCode = "200", description = "The event stream")
    @APIResponse(responseCode = "404", description = "No such queue")
    @GET
    @Path("/{code}/events")
    @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR})
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    @Blocking
    public Multi<TicketChanged> events(@PathParam("code") String code) {
        staff.requireStaff();
        SupportQueue queue = SupportQueue.byCode(code).orElseThrow(() -> DomainException.notFound("Queue " + code));
        if (!staff.maySeeQueue(queue.id)) {
            throw staff.refuse("queue stream outside the agent's queues", "The queue is not one of yours");
        }
        return stream.subscribe(queue.id, queue.code);
    }
}
