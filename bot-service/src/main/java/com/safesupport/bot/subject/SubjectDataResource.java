package com.safesupport.bot.subject;

import com.safesupport.platform.identity.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** {@code /v1/subjects/{subjectId}/data}: data-subject requests run by consent-service (svc-consent). */
@Path("/v1/subjects/{subjectId}/data")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.SVC_CONSENT)
public class SubjectDataResource {

    @Inject
    SubjectDataService subjects;

    @GET
    public SubjectDataService.SubjectData export(@PathParam("subjectId") String subjectId) {
        return subjects.export(subjectId);
    }

    @DELETE
    public SubjectDataService.Erasure erase(@PathParam("subjectId") String subjectId) {
        return subjects.erase(subjectId);
    }
}
