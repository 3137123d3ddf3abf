package com.safesupport.consent.dsr;

import io.quarkus.oidc.client.filter.OidcClientFilter;
import io.smallrye.mutiny.Multi;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * The subject-data contract every service holding personal data answers (DESIGN.md), called with this service's
 * client credentials. Bodies are kept as received: their SHA-256 is part of the proof. Streamed in chunks, so that the
 * whole answer, body included, is awaited at most the peer's timeout (a body that dripped in outlasted the read timeout)
 * and the caller can stop reading past a size cap (a {@code String} answer is buffered whole, however large).
 */
@OidcClientFilter
@Path("/v1/subjects/{subjectId}/data")
interface SubjectDataApi {

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    Multi<byte[]> export(@PathParam("subjectId") String subjectId);

    @DELETE
    @Produces(MediaType.APPLICATION_JSON)
    Multi<byte[]> erase(@PathParam("subjectId") String subjectId);
}
