package com.safesupport.redaction.vault;

import com.safesupport.platform.identity.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;

/**
 * {@code DELETE /v1/scopes/{scope}}: forgets every value of a scope (a conversation deleted by bot-service,
 * or an erasure by conversation). Idempotent.
 */
@Path("/v1/scopes/{scope}")
@RolesAllowed({Roles.SVC_BOT, Roles.SVC_CONSENT})
@Produces(MediaType.APPLICATION_JSON)
public class ScopeResource {

    public record Erased(String scope, Map<String, Long> erased, Instant completedAt) {
    }

    @Inject
    Vault vault;

    @Inject
    Clock clock;

    @Operation(summary = "Forget a scope",
            description = "Erases every vault entry of a scope (a deleted conversation, or an erasure by conversation). Idempotent: an unknown scope erases nothing.")
    @APIResponse(responseCode = "200", description = "How many vault entries were erased")
    @APIResponse(responseCode = "400", description = "The scope is longer than 200 characters")
    @DELETE
    public Erased erase(@PathParam("scope") @Size(max = 200, message = "scope is too long") String scope) {
        return new Erased(scope, Map.of("vaultEntries", vault.eraseScope(scope)), clock.instant());
    }
}
