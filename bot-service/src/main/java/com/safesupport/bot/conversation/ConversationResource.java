package com.safesupport.bot.conversation;

import com.safesupport.platform.identity.Caller;
import com.safesupport.platform.identity.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.List;
import java.util.UUID;

/** The customer-facing conversation API (DESIGN.md), plus the agent side used by escalation-service. */
@Path("/v1/conversations")
@Produces(MediaType.APPLICATION_JSON)
public class ConversationResource {

    @Inject
    ConversationService conversations;

    @Inject
    AgentService agents;

    @Inject
    Caller caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CUSTOMER)
    public Response start(@jakarta.validation.Valid Views.StartRequest request) {
        Views.StartRequest r = request == null ? new Views.StartRequest(null, null) : request;
        Views.ConversationView view = conversations.start(caller.subject(), r.locale(), r.channel());
        return Response.status(201).location(java.net.URI.create("/v1/conversations/" + view.conversationId())).entity(view).build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.CUSTOMER, Roles.SUPERVISOR})
    public Views.ConversationView get(@PathParam("id") UUID id) {
        return conversations.get(id, access(Roles.SUPERVISOR));
    }

    @POST
    @Path("/{id}/messages")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CUSTOMER)
    public Views.Reply message(@PathParam("id") UUID id, Views.MessageRequest request) {
        return conversations.reply(id, access(), request == null ? null : request.text());
    }

    @GET
    @Path("/{id}/decisions")
    @RolesAllowed({Roles.CUSTOMER, Roles.SUPERVISOR, Roles.PRIVACY_OFFICER})
    public List<Views.DecisionView> decisions(@PathParam("id") UUID id) {
        return conversations.decisions(id, access(Roles.SUPERVISOR, Roles.PRIVACY_OFFICER));
    }

    @POST
    @Path("/{id}/agent-messages")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.SVC_ESCALATION)
    public Response agentMessage(@PathParam("id") UUID id, @HeaderParam("Idempotency-Key") String idempotencyKey,
                                 Views.AgentMessageRequest request) {
        AgentService.Delivery delivery = agents.agentMessage(id, request, idempotencyKey);
        return Response.status(delivery.replayed() ? 200 : 201).entity(delivery.reply()).build();
    }

    @POST
    @Path("/{id}/handback")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.SVC_ESCALATION)
    public Views.ConversationView handback(@PathParam("id") UUID id, Views.HandbackRequest request) {
        return agents.handback(id, request);
    }

    /**
     * Who is asking, for this endpoint: only the roles it names reach every conversation; a customer holding any
     * other role still reaches only their own (posting always does).
     */
    private ConversationService.Access access(String... crossSubjectRoles) {
        return new ConversationService.Access(caller.subject(), !caller.hasAnyRole(crossSubjectRoles));
    }
}
