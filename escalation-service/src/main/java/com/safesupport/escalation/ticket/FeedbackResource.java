package com.safesupport.escalation.ticket;

import com.safesupport.platform.identity.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.util.List;

/**
 * {@code GET /v1/handoff-feedback}: per reason, how many hand-offs agents judged needed — the bot's quality signal.
 * Counts only; the rows carry no subject and survive erasure of their tickets.
 */
@Path("/v1/handoff-feedback")
@RolesAllowed({Roles.SUPERVISOR, Roles.SVC_BOT})
@Produces(MediaType.APPLICATION_JSON)
public class FeedbackResource {

    @Inject
    HandoffFeedback feedback;

    @Operation(summary = "Hand-off feedback by reason",
            description = "Per hand-off reason, how many hand-offs agents judged needed: the bot's quality signal. Counts only.")
    @APIResponse(responseCode = "200", description = "The counts per reason")
    @GET
    public List<HandoffFeedback.ReasonFeedback> summary() {
        return feedback.byReason();
    }
}
