package com.safesupport.platform.identity;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.util.Set;

/**
 * {@code GET /v1/whoami}: what this service understood of the caller's token.
 */
@Path("/v1/whoami")
@Authenticated
public class WhoAmIResource {

    public record WhoAmI(String subject, String clientId, Set<String> roles) {
    }

    @Inject
    Caller caller;

    @Operation(summary = "Who am I",
            description = "What this service understood of the caller's token: subject, client and the roles that count for this client.")
    @APIResponse(responseCode = "200", description = "The caller as understood")
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public WhoAmI whoami() {
        return new WhoAmI(caller.subject(), caller.clientId(), caller.roles());
    }
}
