package com.safesupport.escalation.subject;

import com.safesupport.escalation.routing.AgentDirectory;
import com.safesupport.escalation.ticket.TicketStatus;
import com.safesupport.platform.identity.Roles;
import com.safesupport.platform.problem.DomainException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * {@code GET /v1/subjects/{subjectId}/held-tickets?agent=<username>} (svc-consent, DESIGN.md): the open tickets of a
 * subject that an agent holds (assigned to them, status ASSIGNED, IN_PROGRESS or WAITING_ON_CUSTOMER). consent-service
 * asks before it lets an agent record that subject's consent answer. Ids and statuses only: no ticket content.
 */
@Path("/v1/subjects/{subjectId}/held-tickets")
@RolesAllowed(Roles.SVC_CONSENT)
@Produces(MediaType.APPLICATION_JSON)
public class HeldTicketsResource {

    private static final Pattern SUBJECT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:@-]{0,127}");
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@-]{0,127}");

    public record HeldTicket(UUID ticketId, TicketStatus status) {
    }

    public record HeldTickets(String subjectId, String agent, List<HeldTicket> tickets) {
    }

    @Inject
    AgentDirectory agents;

    @Operation(summary = "Tickets an agent holds for a subject",
            description = "The open tickets of the subject that the agent holds: consent-service checks an agent's authority to record consent on a customer's behalf.")
    @APIResponse(responseCode = "200", description = "The held tickets, possibly none")
    @APIResponse(responseCode = "400", description = "Invalid subject id or agent")
    @GET
    public HeldTickets held(@PathParam("subjectId") String subjectId, @QueryParam("agent") String agent) {
        if (!SUBJECT.matcher(subjectId).matches()) {
            throw DomainException.badRequest("invalid-subject", "The subject id is not a valid token subject");
        }
        if (agent == null || !USERNAME.matcher(agent).matches()) {
            throw DomainException.badRequest("invalid-agent", "Name the agent by their username");
        }
        List<HeldTicket> tickets = agents.heldFor(subjectId, agent).stream().map(t -> new HeldTicket(t.id, t.status)).toList();
        return new HeldTickets(subjectId, agent, tickets);
    }
}
