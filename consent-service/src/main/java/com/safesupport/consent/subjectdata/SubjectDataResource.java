package com.safesupport.consent.subjectdata;

import com.safesupport.consent.SubjectAccess;
import com.safesupport.platform.identity.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** consent-service's own side of the subject-data contract every service answers (DESIGN.md). */
@Path("/v1/subjects/{subjectId}/data")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.SVC_CONSENT)
public class SubjectDataResource {

    @Inject
    OwnSubjectData data;

    @GET
    public OwnSubjectData.Export export(@PathParam("subjectId") String subjectId) {
        SubjectAccess.requireWellFormed(subjectId);
        return data.export(subjectId);
    }

    /** Idempotent: erasing an erased (or unknown) subject reports zero counts. */
    @DELETE
    public OwnSubjectData.Erasure erase(@PathParam("subjectId") String subjectId) {
        SubjectAccess.requireWellFormed(subjectId);
        return data.erase(subjectId);
    }
}
