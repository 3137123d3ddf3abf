package com.safesupport.bot.consent;

import io.quarkus.oidc.client.filter.OidcClientFilter;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** consent-service's decision endpoint, called with bot-service's client credentials (svc-bot). */
@RegisterRestClient(configKey = "consent")
@OidcClientFilter
@Path("/v1/subjects")
interface ConsentApi {

    @GET
    @Path("/{subjectId}/decisions/{purpose}")
    @Produces(MediaType.APPLICATION_JSON)
    Response decision(@PathParam("subjectId") String subjectId, @PathParam("purpose") String purpose,
                      @HeaderParam("If-None-Match") String etag);
}
