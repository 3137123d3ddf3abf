package com.safesupport.consent.dsr;

import io.quarkus.oidc.client.filter.OidcClientFilter;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * The subject-data contract every service holding personal data answers (DESIGN.md), called with this service's
 * client credentials. Bodies are kept as received: their SHA-256 is part of the proof. Asynchronous, so that the
 * whole answer, body included, is awaited at most the peer's timeout (a body that dripped in outlasted the read timeout).
 */
@OidcClientFilter
@Path("/v1/subjects/{subjectId}/data")
interface SubjectDataApi {

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    Uni<String> export(@PathParam("subjectId") String subjectId);

    @DELETE
    @Produces(MediaType.APPLICATION_JSON)
    Uni<String> erase(@PathParam("subjectId") String subjectId);
}
