package com.safesupport.bot.audit;

import com.safesupport.platform.identity.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** {@code GET /v1/audit/fairness} (supervisor): the {@link FairnessAudit} report. */
@Path("/v1/audit/fairness")
@Produces(MediaType.APPLICATION_JSON)
public class FairnessResource {

    @Inject
    FairnessAudit audit;

    @Operation(summary = "Fairness audit",
            description = "Answer, escalation and refusal rates per segment (locale, channel) over the last days of decision records (1 to 3650, 30 by default), with the four-fifths rule flagged.")
    @APIResponse(responseCode = "200", description = "The report")
    @GET
    @RolesAllowed(Roles.SUPERVISOR)
    public FairnessAudit.Report fairness(@QueryParam("days") @DefaultValue("30") int days) {
        return audit.report(days);
    }
}
