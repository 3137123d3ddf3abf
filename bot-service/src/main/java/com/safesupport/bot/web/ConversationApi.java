package com.safesupport.bot.web;

import com.safesupport.platform.web.ApiRefusal;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import io.quarkus.rest.client.reactive.ClientExceptionMapper;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * This service's own conversation API (docs/bot.md), called over HTTP with the signed-in customer's access token:
 * the chat page depends on the published contract only, never on how the conversation is computed inside. Built
 * for the address the page was reached on ({@code SignedIn#ownApi}), so it needs no URL in the configuration.
 */
@RegisterRestClient
@Path("/v1/conversations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
interface ConversationApi {

    record StartBody(String locale, String channel) {
    }

    record MessageBody(String text) {
    }

    record Handoff(String ticketId, String status) {
    }

    record Line(UUID messageId, int seq, String author, String kind, String text, Instant at) {
    }

    record Conversation(UUID conversationId, String control, Handoff handoff, Instant createdAt, List<Line> messages) {
    }

    record Decision(UUID messageId, String kind, List<String> reasons, double confidence, List<String> sources) {
    }

    @POST
    Conversation start(@HeaderParam("Authorization") String bearer, StartBody body);

    @GET
    @Path("/{id}")
    Conversation get(@HeaderParam("Authorization") String bearer, @PathParam("id") UUID id);

    /** {@code idempotencyKey} null: no header (a REST client leaves out a header parameter that is null). */
    @POST
    @Path("/{id}/messages")
    Response send(@HeaderParam("Authorization") String bearer, @PathParam("id") UUID id,
                  @HeaderParam("Idempotency-Key") String idempotencyKey, MessageBody body);

    @GET
    @Path("/{id}/decisions")
    List<Decision> decisions(@HeaderParam("Authorization") String bearer, @PathParam("id") UUID id);

    @ClientExceptionMapper
    static RuntimeException refusal(Response response) {
        if (ChatBackend.StillAnswering.is(response)) {
            return new ChatBackend.StillAnswering();
        }
        return ApiRefusal.of(response);
    }
}
