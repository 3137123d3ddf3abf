package com.safesupport.redaction.vault;

import com.safesupport.platform.identity.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The vault's part of data-subject requests (DESIGN.md): consent-service exports or erases what the
 * vault holds for a subject, i.e. the entries written by redact calls that named the subject. DELETE
 * is idempotent.
 */
@Path("/v1/subjects/{subjectId}/data")
@RolesAllowed(Roles.SVC_CONSENT)
@Produces(MediaType.APPLICATION_JSON)
public class SubjectDataResource {

    static final String SERVICE = "redaction-service";

    public record SubjectData(String service, String subjectId, Instant generatedAt, List<Vault.Record> records) {
    }

    public record Erased(String service, String subjectId, Map<String, Long> erased, Instant completedAt) {
    }

    @Inject
    Vault vault;

    @Inject
    Clock clock;

    @GET
    public SubjectData export(@PathParam("subjectId") @Size(max = 200, message = "subjectId is too long") String subjectId) {
        return new SubjectData(SERVICE, subjectId, clock.instant(), vault.export(subjectId));
    }

    @DELETE
    public Erased erase(@PathParam("subjectId") @Size(max = 200, message = "subjectId is too long") String subjectId) {
        long erased = vault.eraseSubject(subjectId);
        return new Erased(SERVICE, subjectId, Map.of("vaultEntries", erased), clock.instant());
    }
}
