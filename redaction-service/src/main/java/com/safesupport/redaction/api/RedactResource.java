package com.safesupport.redaction.api;

import com.safesupport.platform.identity.Roles;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.util.List;

/**
 * {@code POST /v1/redact} and {@code POST /v1/redact/batch}: for the suite's internal services (bot,
 * escalation, consent), never for people. Texts are neither logged nor echoed in errors.
 */
@Path("/v1/redact")
@RolesAllowed({Roles.SVC_BOT, Roles.SVC_ESCALATION, Roles.SVC_CONSENT})
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class RedactResource {

    @Inject
    RedactionService service;

    @Operation(summary = "Redact one text",
            description = "Finds personal data in the text and replaces it as the request's mode says (mask, tag, pseudonymize under a scope); with explain=true each finding says which recogniser found it and why. Texts are neither logged nor echoed in errors.")
    @APIResponse(responseCode = "200", description = "The redacted text and its findings")
    @APIResponse(responseCode = "400", description = "Invalid body: missing text, unsupported language, PSEUDONYMIZE without scope")
    @APIResponse(responseCode = "413", description = "The text is longer than the configured limit")
    @POST
    public Uni<RedactResponse> redact(@NotNull(message = "a JSON body is required") @Valid RedactRequest request,
                                      @QueryParam("explain") @DefaultValue("false") boolean explain) {
        Uni<RedactResponse> redacted = Uni.createFrom().item(() -> service.redact(request, explain));
        // A short text without a scope is pure computation (tens of microseconds, bounded by its deadline): it runs
        // where its body was read, on the I/O thread, with no hand-over to a worker and no blocking read of the body.
        // A scope writes to the vault (a database transaction), a long text may take its whole deadline: a worker.
        return RedactionService.inline(request) ? redacted : redacted.runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }

    @Operation(summary = "Redact several texts",
            description = "The same as POST /v1/redact for each text of the batch, in order.")
    @APIResponse(responseCode = "200", description = "One result per text, in order")
    @APIResponse(responseCode = "400", description = "Invalid body")
    @APIResponse(responseCode = "413", description = "Too many texts, or a text longer than the configured limit")
    @POST
    @Path("/batch")
    public RedactResponse.Batch batch(@NotNull(message = "a JSON body is required") @Valid BatchRedactRequest request,
                                      @QueryParam("explain") @DefaultValue("false") boolean explain) {
        service.checkBatch(request.texts().size());
        List<RedactRequest> each = request.texts().stream().map(request::one).toList();
        return new RedactResponse.Batch(service.redactAll(each, explain));
    }
}
