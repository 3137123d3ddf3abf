package com.safesupport.bot.consent;

import io.quarkus.oidc.client.filter.OidcClientFilter;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import io.smallrye.mutiny.Uni;
import org.jboss.resteasy.reactive.RestResponse;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * consent-service's decision endpoint, called with bot-service's client credentials (svc-bot). Asynchronous and typed,
 * so that the whole answer, body included, is read before the call completes and the wait can be bounded: a plain
 * {@code Response} read its body later, in a blocking read that {@code @Timeout} could not interrupt (a body that
 * dripped in held the customer's turn for as long as it dripped).
 */
@RegisterRestClient(configKey = "consent")
@OidcClientFilter
@Path("/v1/subjects")
interface ConsentApi {

    @GET
    @Path("/{subjectId}/decisions/{purpose}")
    @Produces(MediaType.APPLICATION_JSON)
    Uni<RestResponse<ConsentDecision>> decision(@PathParam("subjectId") String subjectId, @PathParam("purpose") String purpose,
                                                @HeaderParam("If-None-Match") String etag);
}
