package com.safesupport.bot.web;

import com.safesupport.platform.web.ApiRefusal;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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

/**
 * consent-service's self-service consent API (docs/consent.md), called with the signed-in customer's own access
 * token, never bot-service's client credentials: consent-service records the customer as the actor and refuses any
 * subject but their own.
 */
@RegisterRestClient(configKey = "consent")
@Path("/v1/subjects/{subjectId}/consents")
@Produces(MediaType.APPLICATION_JSON)
interface ConsentSelfServiceApi {

    record Decision(boolean allowed, String state, Instant decidedAt, Instant expiresAt) {
    }

    record PurposeConsent(String purpose, String name, String description, String legalBasis, String retention,
                          int currentNoticeVersion, String noticeText, Decision decision) {
    }

    record Answer(String state, int noticeVersion, String channel, String collectionMethod) {
    }

    @GET
    List<PurposeConsent> list(@HeaderParam("Authorization") String bearer, @PathParam("subjectId") String subjectId);

    @POST
    @Path("/{purpose}")
    @Consumes(MediaType.APPLICATION_JSON)
    Response answer(@HeaderParam("Authorization") String bearer, @PathParam("subjectId") String subjectId,
                    @PathParam("purpose") String purpose, Answer answer);

    @DELETE
    @Path("/{purpose}")
    Response withdraw(@HeaderParam("Authorization") String bearer, @PathParam("subjectId") String subjectId,
                      @PathParam("purpose") String purpose);

    @ClientExceptionMapper
    static RuntimeException refusal(Response response) {
        return ApiRefusal.of(response);
    }
}
