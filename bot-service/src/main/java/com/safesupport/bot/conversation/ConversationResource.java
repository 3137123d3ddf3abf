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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

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

    @Operation(summary = "Start a conversation",
            description = "Starts a conversation for the signed-in customer (locale and channel optional, en and web by default).")
    @APIResponse(responseCode = "201", description = "The new conversation; Location names it")
    @APIResponse(responseCode = "400", description = "Unsupported locale or channel")
    @APIResponse(responseCode = "429", description = "The customer's hourly budget of conversations is used up (Retry-After)")
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CUSTOMER)
    public Response start(@jakarta.validation.Valid Views.StartRequest request) {
        Views.StartRequest r = request == null ? new Views.StartRequest(null, null) : request;
        Views.ConversationView view = conversations.start(caller.subject(), r.locale(), r.channel());
        return Response.status(201).location(java.net.URI.create("/v1/conversations/" + view.conversationId())).entity(view).build();
    }

    @Operation(summary = "Read a conversation",
            description = "The conversation with its transcript, for its customer or a supervisor. Another customer's conversation is refused with 403.")
    @APIResponse(responseCode = "200", description = "The conversation")
    @APIResponse(responseCode = "403", description = "Another customer's conversation")
    @APIResponse(responseCode = "404", description = "No such conversation")
    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.CUSTOMER, Roles.SUPERVISOR})
    public Views.ConversationView get(@PathParam("id") UUID id) {
        return conversations.get(id, access(Roles.SUPERVISOR));
    }

    @Operation(summary = "Send a message",
            description = "Sends the customer's message; the assistant answers, refuses or hands off to a person, and says why. While a person holds the conversation the message goes to them. "
                    + "With the optional Idempotency-Key, a retry of a message already answered (same key, same text, within the retention, 24 hours by default) "
                    + "is answered with the first answer and Idempotent-Replayed: true: no second turn, no second hand-off, nothing counted again.")
    @APIResponse(responseCode = "200", description = "The assistant's reply, or the acknowledgement while a person holds the conversation; or, with Idempotent-Replayed: true, the first answer to this Idempotency-Key",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Views.Reply.class)))
    @APIResponse(responseCode = "400", description = "Empty message, or an Idempotency-Key that is not one header of 1 to 255 visible ASCII characters (idempotency-key-invalid)")
    @APIResponse(responseCode = "403", description = "Another customer's conversation")
    @APIResponse(responseCode = "404", description = "No such conversation")
    @APIResponse(responseCode = "409", description = "The conversation reached its length limit, or a message with this Idempotency-Key is still being processed (idempotency-key-in-flight, Retry-After)")
    @APIResponse(responseCode = "413", description = "The message is longer than the configured limit")
    @APIResponse(responseCode = "422", description = "This Idempotency-Key was used with another message in this conversation (idempotency-key-reused)")
    @APIResponse(responseCode = "429", description = "A per-minute budget or the customer's concurrent turns are used up (Retry-After)")
    @POST
    @Path("/{id}/messages")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CUSTOMER)
    public Response message(@PathParam("id") UUID id,
                            @Parameter(in = ParameterIn.HEADER, name = MessageKeys.HEADER, required = false,
                                    description = "Optional; 1 to 255 visible ASCII characters, unique per message of this conversation. A retry with the same key and text gets the first answer.",
                                    schema = @Schema(type = SchemaType.STRING, minLength = 1, maxLength = MessageKeys.MAX_KEY_LENGTH))
                            @HeaderParam(MessageKeys.HEADER) String idempotencyKey,
                            @Context HttpHeaders headers,
                            @jakarta.validation.constraints.NotNull @jakarta.validation.Valid Views.MessageRequest request) {
        String text = request == null ? null : request.text();
        MessageKeys.Key key = MessageKeys.of(id, headers.getRequestHeader(MessageKeys.HEADER), text);
        ConversationService.Answer answer = conversations.reply(id, access(), text, key);
        if (answer.replayed() != null) {
            return Response.ok(answer.replayed(), MediaType.APPLICATION_JSON).header("Idempotent-Replayed", "true").build();
        }
        return Response.ok(answer.reply()).build();
    }

    @Operation(summary = "A conversation's decision records",
            description = "Why the assistant answered, refused or escalated at each turn: reasons, confidence, guardrails and sources.")
    @APIResponse(responseCode = "200", description = "The decision records, oldest first")
    @APIResponse(responseCode = "403", description = "Another customer's conversation")
    @APIResponse(responseCode = "404", description = "No such conversation")
    @GET
    @Path("/{id}/decisions")
    @RolesAllowed({Roles.CUSTOMER, Roles.SUPERVISOR, Roles.PRIVACY_OFFICER})
    public List<Views.DecisionView> decisions(@PathParam("id") UUID id) {
        return conversations.decisions(id, access(Roles.SUPERVISOR, Roles.PRIVACY_OFFICER));
    }

    @Operation(summary = "Relay an agent's message",
            description = "escalation-service relays a person's reply into the conversation it holds. Idempotent under Idempotency-Key: a replay answers 200 with the first reply.")
    @APIResponse(responseCode = "201", description = "The message was added")
    @APIResponse(responseCode = "200", description = "A replay of an Idempotency-Key already delivered")
    @APIResponse(responseCode = "400", description = "Empty text, missing ticketId or an oversized Idempotency-Key")
    @APIResponse(responseCode = "404", description = "No such conversation")
    @APIResponse(responseCode = "409", description = "The AI holds the conversation, or another ticket does")
    @APIResponse(responseCode = "422", description = "The text could not be redacted in time")
    @APIResponse(responseCode = "503", description = "redaction-service is unavailable")
    @POST
    @Path("/{id}/agent-messages")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.SVC_ESCALATION)
    public Response agentMessage(@PathParam("id") UUID id, @HeaderParam("Idempotency-Key") String idempotencyKey,
                                 @jakarta.validation.constraints.NotNull Views.AgentMessageRequest request) {
        AgentService.Delivery delivery = agents.agentMessage(id, request, idempotencyKey);
        return Response.status(delivery.replayed() ? 200 : 201).entity(delivery.reply()).build();
    }

    @Operation(summary = "Hand a conversation back",
            description = "escalation-service gives the conversation back to the assistant when its ticket is resolved.")
    @APIResponse(responseCode = "200", description = "The conversation, held by the assistant again")
    @APIResponse(responseCode = "400", description = "Missing ticketId")
    @APIResponse(responseCode = "404", description = "No such conversation")
    @APIResponse(responseCode = "409", description = "The conversation is held under another ticket, or by the AI")
    @POST
    @Path("/{id}/handback")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.SVC_ESCALATION)
    public Views.ConversationView handback(@PathParam("id") UUID id,
                                           @jakarta.validation.constraints.NotNull Views.HandbackRequest request) {
        return agents.handback(id, request);
    }

    /**
     * Who is asking, for this endpoint: only the roles it names reach every conversation; a customer holding any
     * other role still reaches only their own (posting always does).
     */
    private ConversationService.Access access(String... crossSubjectRoles) {
        return new ConversationService.Access(caller.subject(), !caller.hasAnyRole(crossSubjectRoles),
                caller.hasAnyRole(Roles.SUPERVISOR));
    }
}
