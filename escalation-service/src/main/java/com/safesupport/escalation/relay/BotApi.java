package com.safesupport.escalation.relay;

import io.quarkus.oidc.client.filter.OidcClientFilter;
import io.quarkus.runtime.annotations.RegisterForReflection;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.util.UUID;

/**
 * bot-service's endpoints for humans (DESIGN.md), called with escalation-service's client credentials. Asynchronous,
 * so that the relay awaits each answer at most its call timeout: the read timeout waits for silence only, and an
 * answer that dripped in held the one relay thread, and so every other conversation's messages, as long as it dripped.
 */
@RegisterRestClient(configKey = "bot")
@OidcClientFilter
@Path("/v1/conversations/{conversationId}")
@Consumes(MediaType.APPLICATION_JSON)
interface BotApi {

    @RegisterForReflection
    record AgentMessage(String text, String agentName, java.util.UUID ticketId) {
    }

    @RegisterForReflection
    record Handback(UUID ticketId, String note) {
    }

    /** The outbox id travels as Idempotency-Key so a retried delivery is recognisable on the bot's side. */
    @POST
    @Path("/agent-messages")
    Uni<Response> agentMessage(@PathParam("conversationId") UUID conversationId, @HeaderParam("Idempotency-Key") String key, AgentMessage body);

    @POST
    @Path("/handback")
    Uni<Response> handback(@PathParam("conversationId") UUID conversationId, @HeaderParam("Idempotency-Key") String key, Handback body);
}
