package com.safesupport.bot.handoff;

import io.quarkus.oidc.client.filter.OidcClientFilter;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** escalation-service's hand-off endpoints, called with bot-service's client credentials (svc-bot). */
@RegisterRestClient(configKey = "escalation")
@OidcClientFilter
@Path("/v1/handoffs")
interface EscalationApi {

    /** The body is sent as stored in the outbox, byte for byte, so a retry is the same request. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    HandoffTicket create(@HeaderParam("Idempotency-Key") String idempotencyKey, String body);

    /** A customer message for the ticket while a person holds the conversation; the body as stored in the outbox. */
    @POST
    @Path("/{ticketId}/customer-messages")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    HandoffTicket customerMessage(@PathParam("ticketId") String ticketId, @HeaderParam("Idempotency-Key") String idempotencyKey,
                                  String body);

    @GET
    @Path("/{ticketId}")
    @Produces(MediaType.APPLICATION_JSON)
    HandoffTicket get(@PathParam("ticketId") String ticketId);
}
