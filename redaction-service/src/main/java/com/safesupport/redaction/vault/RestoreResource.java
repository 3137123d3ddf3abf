package com.safesupport.redaction.vault;

import com.safesupport.platform.identity.Caller;
import com.safesupport.platform.identity.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * {@code POST /v1/restore}: puts a scope's pseudonymised originals back into a text. Only the
 * {@code redaction-restore} role, which nobody holds by default; every call is audited without values.
 */
@Path("/v1/restore")
@RolesAllowed(Roles.REDACTION_RESTORE)
public class RestoreResource {

    public record RestoreRequest(@NotNull(message = "text is required") @Size(max = 262144, message = "text is too long") String text,
                                 @NotNull(message = "scope is required") @Size(min = 1, max = 200, message = "scope must be 1 to 200 characters") String scope) {
    }

    public record RestoreResponse(String text, int tagsFound, int tagsRestored) {
    }

    @Inject
    Vault vault;

    @Inject
    Caller caller;

    @Operation(summary = "Restore pseudonymised originals",
            description = "Puts the originals of a scope's tags back into a text. Only the redaction-restore role, which nobody holds by default; every call is audited without values.")
    @APIResponse(responseCode = "200", description = "The restored text and how many tags were found and restored")
    @APIResponse(responseCode = "400", description = "Invalid body: missing or oversized text or scope")
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public RestoreResponse restore(@NotNull(message = "a JSON body is required") @Valid RestoreRequest request) {
        Vault.Restored r = vault.restore(request.text(), request.scope(), caller.subject(), caller.clientId());
        return new RestoreResponse(r.text(), r.tagsFound(), r.tagsRestored());
    }
}
