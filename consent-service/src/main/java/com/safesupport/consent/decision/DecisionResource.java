package com.safesupport.consent.decision;

import com.safesupport.consent.SubjectAccess;
import com.safesupport.platform.identity.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.util.Arrays;

/**
 * {@code GET /v1/subjects/{subjectId}/decisions/{purpose}}: asked by the bot before every use of a customer's data.
 * Cacheable for 5 seconds, so a withdrawal takes effect everywhere within 5 seconds.
 */
@Path("/v1/subjects/{subjectId}/decisions/{purpose}")
public class DecisionResource {

    static final String CACHE_CONTROL = "max-age=5";

    @Inject
    DecisionService decisions;

    @Inject
    SubjectAccess access;

    @Operation(summary = "May this subject's data be used for a purpose?",
            description = "The bot asks before every use of a customer's data. Cacheable for 5 seconds (ETag, If-None-Match), so a withdrawal takes effect everywhere within 5 seconds.")
    @APIResponse(responseCode = "200", description = "The decision")
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag given")
    @APIResponse(responseCode = "400", description = "The subject id is not a valid token subject")
    @APIResponse(responseCode = "404", description = "No such purpose")
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.SVC_BOT, Roles.CUSTOMER})
    public Response decide(@PathParam("subjectId") String subjectId, @PathParam("purpose") String purpose,
                           @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        access.requireSubject(subjectId, Roles.SVC_BOT);
        Decision decision = decisions.decide(subjectId, purpose);
        String etag = decision.etag();
        if (matches(ifNoneMatch, etag)) {
            return Response.notModified().header(HttpHeaders.ETAG, etag).header(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL).build();
        }
        return Response.ok(decision).header(HttpHeaders.ETAG, etag).header(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL).build();
    }

    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        return Arrays.stream(ifNoneMatch.split(","))
                .map(String::trim)
                .map(t -> t.startsWith("W/") ? t.substring(2) : t)
                .anyMatch(t -> t.equals("*") || t.equals(etag));
    }
}
