package com.safesupport.escalation.ticket;

import com.safesupport.platform.identity.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
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

    public record TextBody(@NotBlank @Size(max = 8000) String text) {
    }

    public record ReplyBody(@NotBlank @Size(max = 8000) String text, Boolean awaitCustomer) {
    }

    public record NoteBody(@Size(max = 8000) String note) {
    }

    public record TransferBody(@NotBlank @Size(max = 64) String queue) {
    }

    public record ReassignBody(@NotBlank @Size(max = 128) String agent) {
    }

    public record StatusBody(@NotNull TicketStatus status) {
    }

    public record FeedbackBody(@NotNull Boolean handoffNeeded) {
    }

    @Inject
    TicketService tickets;

    @GET
    @Transactional
    public List<TicketViews.Summary> list(@QueryParam("status") TicketStatus status, @QueryParam("queue") String queue,
                                          @QueryParam("mine") @DefaultValue("false") boolean mine,
                                          @QueryParam("limit") @DefaultValue("100") int limit) {
        return tickets.list(status, queue, mine, limit);
    }

    @GET
    @Path("/{id}")
    @Transactional
    public Response get(@PathParam("id") UUID id) {
        return withTag(tickets.detail(id));
    }

    @POST
    @Path("/{id}/claim")
    @Transactional
    public Response claim(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        tickets.claim(id, ifMatch);
        return withTag(tickets.detail(id));
    }

    @POST
    @Path("/{id}/transfer")
    @Transactional
    public Response transfer(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, @Valid @NotNull TransferBody body) {
        return withTag(tickets.detail(tickets.transfer(id, body.queue(), ifMatch)));
    }

    @POST
    @Path("/{id}/reassign")
    @RolesAllowed(Roles.SUPERVISOR)
    @Transactional
    public Response reassign(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, @Valid @NotNull ReassignBody body) {
        tickets.reassign(id, body.agent(), ifMatch);
        return withTag(tickets.detail(id));
    }

    @POST
    @Path("/{id}/replies")
    @Transactional
    public Response reply(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, @Valid @NotNull ReplyBody body) {
        tickets.reply(id, body.text(), Boolean.TRUE.equals(body.awaitCustomer()), ifMatch);
        return withTag(tickets.detail(id));
    }

    @POST
    @Path("/{id}/notes")
    @Transactional
    public Response note(@PathParam("id") UUID id, @Valid @NotNull TextBody body) {
        tickets.addNote(id, body.text());
        return withTag(tickets.detail(id));
    }

    @PUT
    @Path("/{id}/status")
    @Transactional
    public Response status(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, @Valid @NotNull StatusBody body) {
        tickets.changeStatus(id, body.status(), ifMatch);
        return withTag(tickets.detail(id));
    }

    @POST
    @Path("/{id}/resolve")
    @Transactional
    public Response resolve(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, @Valid NoteBody body) {
        tickets.resolve(id, body == null ? null : body.note(), ifMatch);
        return withTag(tickets.detail(id));
    }

    @POST
    @Path("/{id}/handback")
    @Transactional
    public Response handBack(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, @Valid NoteBody body) {
        tickets.handBack(id, body == null ? null : body.note(), ifMatch);
        return withTag(tickets.detail(id));
    }

    @PUT
    @Path("/{id}/feedback")
    @Transactional
    public Response feedback(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, @Valid @NotNull FeedbackBody body) {
        tickets.feedback(id, body.handoffNeeded(), ifMatch);
        return withTag(tickets.detail(id));
    }

    private static Response withTag(TicketViews.Detail detail) {
        return Response.ok(detail).tag(new EntityTag(Integer.toString(detail.version()))).build();
    }
}
