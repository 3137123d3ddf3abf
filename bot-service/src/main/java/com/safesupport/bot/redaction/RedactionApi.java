package com.safesupport.bot.redaction;

import io.quarkus.oidc.client.filter.OidcClientFilter;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** redaction-service, called with bot-service's client credentials (svc-bot). */
@RegisterRestClient(configKey = "redaction")
@OidcClientFilter
@Path("/v1/redact")
interface RedactionApi {

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    Redacted redact(RedactRequest request);
}
