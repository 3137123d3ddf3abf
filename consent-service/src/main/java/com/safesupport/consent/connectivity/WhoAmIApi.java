package com.safesupport.consent.connectivity;

import io.quarkus.oidc.client.filter.OidcClientFilter;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.Set;

/** The whoami endpoint every service of the suite exposes, called with this service's client credentials. */
@OidcClientFilter
@Path("/v1/whoami")
interface WhoAmIApi {

    record WhoAmI(String subject, String clientId, Set<String> roles) {
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    WhoAmI whoami();
}
