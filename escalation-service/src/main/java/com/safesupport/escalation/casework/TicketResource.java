package com.safesupport.escalation.casework;

import com.safesupport.escalation.ticket.TicketStatus;
import com.safesupport.platform.identity.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.util.List;
import java.util.UUID;

/**
 * {@code /v1/tickets}: the agent desktop's API. Agents see the tickets of their queues (and those assigned to them),
 * supervisors see all. The list shows open tickets unless a {@code status} is asked for. Every ticket response carries an {@code ETag}; changes honour {@code If-Match} (412 if stale).
 */
@Path("/v1/tickets")
@RolesAllowed({Roles.AGENT, Roles.SUPERVISOR})
@Produces(MediaType.APPLICATION_JSON)
public class TicketResource {

    public record TextRequest(@NotBlank @Size(max = 8000) String text) {
    }

    public record ReplyRequest(@NotBlank @Size(max = 8000) String text, Boolean awaitCustomer) {
    }

    public record NoteRequest(@Size(max = 8000) String note) {
    }

    public record TransferRequest(@NotBlank @Size(max = 64) String queue) {
    }

    public record ReassignRequest(@NotBlank @Size(max = 128) String agent) {
    }

    public record StatusRequest(@NotNull TicketStatus status) {
    }

    public record FeedbackRequest(@NotNull Boolean handoffNeeded) {
    }

    @Inject
    TicketService tickets;

    @Operation(summary = "List tickets",
            description = "Agents see the tickets of their queues and those assigned to them, supervisors all; open tickets unless a status is asked for.")
    @APIResponse(responseCode = "200", description = "The tickets")
    @APIResponse(responseCode = "403", description = "The caller is not provisioned as an agent")
    @GET
    public List<TicketViews.Summary> list(@QueryParam("status") TicketStatus status, @QueryParam("queue") String queue,
                                          @QueryParam("mine") @DefaultValue("false") boolean mine,
                                          @QueryParam("limit") @DefaultValue("100") int limit) {
        return tickets.list(status, queue, mine, limit);
    }

    @Operation(summary = "Read a ticket",
            description = "The ticket with transcript, notes and replies; its ETag is the version changes must name in If-Match.")
    @APIResponse(responseCode = "200", description = "The ticket")
    @APIResponse(responseCode = "404", description = "No such ticket, or not visible to the caller")
    @GET
    @Path("/{id}")
    public Response get(@PathParam("id") UUID id) {
        return withTag(tickets.detail(id));
    }

    @Operation(summary = "Claim a ticket",
            description = "The calling agent takes a waiting (NEW) ticket within their capacity.")
    @APIResponse(responseCode = "200", description = "The claimed ticket")
    @APIResponse(responseCode = "404", description = "No such ticket, or not visible to the caller")
    @APIResponse(responseCode = "409", description = "The ticket is not waiting, or the agent is at capacity")
    @APIResponse(responseCode = "412", description = "If-Match names a stale version")
    @POST
    @Path("/{id}/claim")
    public Response claim(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        return withTag(tickets.claim(id, ifMatch));
    }

    @Operation(summary = "Transfer a ticket",
            description = "Moves the ticket to another queue, back to waiting.")
    @APIResponse(responseCode = "200", description = "The transferred ticket")
    @APIResponse(responseCode = "400", description = "Invalid body")
    @APIResponse(responseCode = "404", description = "No such ticket or queue")
    @APIResponse(responseCode = "409", description = "The ticket is closed")
    @APIResponse(responseCode = "412", description = "If-Match names a stale version")
    @POST
    @Path("/{id}/transfer")
    public Response transfer(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, @Valid @NotNull TransferRequest body) {
        return withTag(tickets.transfer(id, body.queue(), ifMatch));
    }

    @Operation(summary = "Reassign a ticket",
            description = "A supervisor gives the ticket to another agent.")
    @APIResponse(responseCode = "200", description = "The reassigned ticket")
    @APIResponse(responseCode = "400", description = "Invalid body")
    @APIResponse(responseCode = "404", description = "No such ticket or agent")
    @APIResponse(responseCode = "409", description = "The ticket is closed")
    @APIResponse(responseCode = "412", description = "If-Match names a stale version")
    @POST
    @Path("/{id}/reassign")
    @RolesAllowed(Roles.SUPERVISOR)
    public Response reassign(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, @Valid @NotNull ReassignRequest body) {
        return withTag(tickets.reassign(id, body.agent(), ifMatch));
    }

    @Operation(summary = "Reply to the customer",
            description = "Sends a reply into the customer's conversation (relayed to bot-service, redacted there).")
    @APIResponse(responseCode = "200", description = "The ticket with the reply")
    @APIResponse(responseCode = "400", description = "Invalid body")
    @APIResponse(responseCode = "404", description = "No such ticket, or not visible to the caller")
    @APIResponse(responseCode = "409", description = "The ticket is closed")
    @APIResponse(responseCode = "412", description = "If-Match names a stale version")
    @POST
    @Path("/{id}/replies")
    public Response reply(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, @Valid @NotNull ReplyRequest body) {
        return withTag(tickets.reply(id, body.text(), Boolean.TRUE.equals(body.awaitCustomer()), ifMatch));
    }

    @Operation(summary = "Add an internal note",
            description = "A note for colleagues; never shown to the customer.")
    @APIResponse(responseCode = "200", description = "The ticket with the note")
    @APIResponse(responseCode = "400", description = "Invalid body")
    @APIResponse(responseCode = "404", description = "No such ticket, or not visible to the caller")
    @APIResponse(responseCode = "409", description = "The ticket is closed")
    @POST
    @Path("/{id}/notes")
    public Response note(@PathParam("id") UUID id, @Valid @NotNull TextRequest body) {
        return withTag(tickets.addNote(id, body.text()));
    }

    @Operation(summary = "Change a ticket's status",
            description = "Moves the ticket along its lifecycle (e.g. waiting on the customer).")
    @APIResponse(responseCode = "200", description = "The ticket")
    @APIResponse(responseCode = "400", description = "Invalid body")
    @APIResponse(responseCode = "404", description = "No such ticket, or not visible to the caller")
    @APIResponse(responseCode = "409", description = "The transition is not allowed")
    @APIResponse(responseCode = "412", description = "If-Match names a stale version")
    @PUT
    @Path("/{id}/status")
    public Response status(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, @Valid @NotNull StatusRequest body) {
        return withTag(tickets.changeStatus(id, body.status(), ifMatch));
    }

    @Operation(summary = "Resolve a ticket",
            description = "Resolves the ticket; the conversation goes back to the assistant.")
    @APIResponse(responseCode = "200", description = "The resolved ticket")
    @APIResponse(responseCode = "404", description = "No such ticket, or not visible to the caller")
    @APIResponse(responseCode = "409", description = "The ticket is closed")
    @APIResponse(responseCode = "412", description = "If-Match names a stale version")
    @POST
    @Path("/{id}/resolve")
    public Response resolve(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, @Valid NoteRequest body) {
        return withTag(tickets.resolve(id, body == null ? null : body.note(), ifMatch));
    }

    @Operation(summary = "Hand a ticket back to the assistant",
            description = "Gives the conversation back to the assistant without resolving the customer's issue here.")
    @APIResponse(responseCode = "200", description = "The handed-back ticket")
    @APIResponse(responseCode = "404", description = "No such ticket, or not visible to the caller")
    @APIResponse(responseCode = "409", description = "The ticket is closed")
    @APIResponse(responseCode = "412", description = "If-Match names a stale version")
    @POST
    @Path("/{id}/handback")
    public Response handBack(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, @Valid NoteRequest body) {
        return withTag(tickets.handBack(id, body == null ? null : body.note(), ifMatch));
    }

    @Operation(summary = "Judge a hand-off",
            description = "Whether the hand-off was needed, once the ticket is resolved or handed back; recorded once.")
    @APIResponse(responseCode = "200", description = "The ticket with its feedback")
    @APIResponse(responseCode = "400", description = "Invalid body")
    @APIResponse(responseCode = "404", description = "No such ticket, or not visible to the caller")
    @APIResponse(responseCode = "409", description = "The ticket is still open, or feedback was already recorded")
    @APIResponse(responseCode = "412", description = "If-Match names a stale version")
    @PUT
    @Path("/{id}/feedback")
    public Response feedback(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, @Valid @NotNull FeedbackRequest body) {
        return withTag(tickets.feedback(id, body.handoffNeeded(), ifMatch));
    }

    private static Response withTag(TicketViews.Detail detail) {
        return Response.ok(detail).tag(new EntityTag(Integer.toString(detail.version()))).build();
    }
}
