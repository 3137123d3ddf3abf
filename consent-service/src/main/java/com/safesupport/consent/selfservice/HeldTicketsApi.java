package com.safesupport.consent.selfservice;

import io.quarkus.oidc.client.filter.OidcClientFilter;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.util.List;
import java.util.UUID;

/**
 * escalation-service's {@code GET /v1/subjects/{subjectId}/held-tickets?agent=} (DESIGN.md), called with this
 * service's client credentials: the open tickets of a subject that an agent holds.
 */
@OidcClientFilter
@Path("/v1/subjects/{subjectId}/held-tickets")
interface HeldTicketsApi {

    record HeldTicket(UUID ticketId, String status) {
    }

    record HeldTickets(String subjectId, String agent, List<HeldTicket> tickets) {
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    HeldTickets held(@PathParam("subjectId") String subjectId, @QueryParam("agent") String agent);
}
