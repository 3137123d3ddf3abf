package com.safesupport.bot.redaction;

import io.quarkus.oidc.client.filter.OidcClientFilter;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import io.quarkus.rest.client.reactive.ClientExceptionMapper;

/**
 * redaction-service, called with bot-service's client credentials (svc-bot). Asynchronous, so that each call can
 * be bounded by what is left of the turn's deadline.
 */
@RegisterRestClient(configKey = "redaction")
@OidcClientFilter
@Path("/v1/redact")
interface RedactionApi {

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    Uni<Redacted> redact(RedactRequest request);

    /**
     * redaction-service says when one input exceeded its per-request deadline (problem type
     * {@code .../problems/redaction-deadline}, DESIGN.md): that is the input's doing, not a failure of the service.
     */
    @ClientExceptionMapper
    static RuntimeException failure(Response response) {
        int status = response.getStatus();
        if (status == 503 || status == 422 || status == 408) {
            String body = response.hasEntity() ? response.readEntity(String.class) : "";
            if (body != null && (body.contains(RedactionRejectedInput.PROBLEM_TYPE) || body.contains(RedactionRejectedInput.SHIPPED_TYPE))) {
                return new RedactionRejectedInput(RedactionRejectedInput.Cause.DEADLINE_PROBLEM);
            }
        }
        return new RedactionFailed(status);
    }
}
