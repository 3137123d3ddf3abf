package com.safesupport.platform.subject;

import com.safesupport.platform.identity.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /v1/subjects/{subjectId}/data}, the subject-data contract of DESIGN.md, served the same way by every
 * service: consent-service (svc-consent) runs data-subject requests through it. What is held comes from the
 * service's {@link SubjectDataProvider}.
 */
@Path("/v1/subjects/{subjectId}/data")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.SVC_CONSENT)
@Tag(name = "Subject data", description = "Data-subject requests (GDPR Art. 15/17/20), run by consent-service")
public class SubjectDataResource {

    @Inject
    SubjectData data;

    @GET
    @Operation(summary = "Export a subject's data",
            description = "Everything this service holds about the subject, for access and portability requests. "
                    + "An unknown subject gets an empty export.")
    @APIResponse(responseCode = "200", description = "The export",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SubjectExport.class)))
    @APIResponse(responseCode = "400", description = "The subject id is not a valid token subject", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "401", description = "No or invalid bearer token", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "403", description = "The caller is not consent-service (svc-consent)", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "503", description = "The database is unavailable; retry later", content = @Content(mediaType = "application/problem+json"))
    public SubjectExport export(@PathParam("subjectId") String subjectId) {
        return data.export(subjectId);
    }

    @DELETE
    @Operation(summary = "Erase a subject's data",
            description = "Erases everything this service holds about the subject and counts what went, by kind. "
                    + "Idempotent: erasing an erased or unknown subject reports zero counts.")
    @APIResponse(responseCode = "200", description = "What was erased",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SubjectErasure.class)))
    @APIResponse(responseCode = "400", description = "The subject id is not a valid token subject", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "401", description = "No or invalid bearer token", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "403", description = "The caller is not consent-service (svc-consent)", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "503", description = "The database is unavailable; retry later", content = @Content(mediaType = "application/problem+json"))
    public SubjectErasure erase(@PathParam("subjectId") String subjectId) {
        return data.erase(subjectId);
    }
}
