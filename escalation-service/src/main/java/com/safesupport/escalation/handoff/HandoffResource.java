package com.safesupport.escalation.handoff;

import com.safesupport.platform.identity.Caller;
import com.safesupport.platform.identity.Roles;
import com.safesupport.platform.problem.DomainException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.RestResponse;

import java.net.URI;
import java.util.UUID;

/** {@code /v1/handoffs}: the bot hands a conversation to humans, and asks how its ticket is doing. */
@Path("/v1/handoffs")
@RolesAllowed(Roles.SVC_BOT)
@Produces(MediaType.APPLICATION_JSON)
public class HandoffResource {

    private static final int MAX_KEY_LENGTH = 255;

    @Inject
    HandoffService handoffs;

    @Inject
    CustomerMessages customerMessages;

    @Inject
    Caller caller;

    @Operation(summary = "Hand a conversation to people",
            description = "bot-service hands a conversation over; a ticket is created and routed. Idempotent under the required Idempotency-Key: a replay answers the first outcome with Idempotent-Replayed.")
    @APIResponse(responseCode = "201", description = "The ticket was created; Location names it")
    @APIResponse(responseCode = "200", description = "A replay of an Idempotency-Key already answered")
    @APIResponse(responseCode = "400", description = "Invalid body, or a missing or invalid Idempotency-Key")
    @APIResponse(responseCode = "409", description = "A request with this Idempotency-Key is still being processed")
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used with another body")
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@HeaderParam("Idempotency-Key") String key, @Valid @NotNull HandoffRequest request) {
        if (key == null || key.isBlank()) {
            throw DomainException.badRequest("idempotency-key-missing", "The Idempotency-Key header is required");
        }
        checkKey(key);
        String client = caller.clientId() == null ? caller.subject() : caller.clientId();
        HandoffService.Outcome outcome = handoffs.handOff(client, key, request);
        Response.ResponseBuilder response = Response.status(outcome.status()).entity(outcome.body()).type(MediaType.APPLICATION_JSON);
        if (outcome.status() == 201) {
            response.location(URI.create("/v1/handoffs/" + outcome.ticketId()));
        } else {
            response.header("Idempotent-Replayed", "true");
        }
        return response.build();
    }

    @Operation(summary = "A hand-off's ticket status",
            description = "How the ticket of a hand-off is doing, for bot-service.")
    @APIResponse(responseCode = "200", description = "The status")
    @APIResponse(responseCode = "404", description = "No such ticket")
    @GET
    @Path("/{ticketId}")
    public HandoffStatus status(@PathParam("ticketId") UUID ticketId) {
        return handoffs.status(ticketId);
    }

    /** Optional for the bot: a customer message that arrived while a human holds the conversation. */
    @Operation(summary = "Relay a customer message",
            description = "A customer message that arrived while a person holds the conversation, added to the ticket. "
                    + "With the optional Idempotency-Key, a retry of a message already added adds nothing and answers "
                    + "200 with Idempotent-Replayed.")
    @APIResponse(responseCode = "200", description = "The ticket status")
    @APIResponse(responseCode = "400", description = "Invalid body, or an invalid Idempotency-Key")
    @APIResponse(responseCode = "404", description = "No such ticket")
    @APIResponse(responseCode = "409", description = "The ticket is closed; the assistant holds the conversation again")
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used with another message for this ticket")
    @POST
    @Path("/{ticketId}/customer-messages")
    @Consumes(MediaType.APPLICATION_JSON)
    public RestResponse<HandoffStatus> customerMessage(@PathParam("ticketId") UUID ticketId,
                                                       @HeaderParam("Idempotency-Key") String key,
                                                       @Valid @NotNull CustomerMessages.Message message) {
        if (key != null) {
            checkKey(key);
        }
        boolean appended = customerMessages.append(ticketId, key, message);
        RestResponse.ResponseBuilder<HandoffStatus> response = RestResponse.ResponseBuilder.ok(handoffs.status(ticketId));
        if (!appended) {
            response.header("Idempotent-Replayed", "true");
        }
        return response.build();
    }

    private static void checkKey(String key) {
        if (key.isEmpty() || key.length() > MAX_KEY_LENGTH || !key.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            throw DomainException.badRequest("idempotency-key-invalid", "The Idempotency-Key must be 1 to 255 visible ASCII characters");
        }
    }
}
