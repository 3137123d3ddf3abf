package com.safesupport.escalation.ticket;

import com.safesupport.platform.identity.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
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

    public record ReasonFeedback(String reason, long needed, long notNeeded, double neededRate) {
    }

    @Inject
    EntityManager em;

    @Operation(summary = "Hand-off feedback by reason",
            description = "Per hand-off reason, how many hand-offs agents judged needed: the bot's quality signal. Counts only.")
    @APIResponse(responseCode = "200", description = "The counts per reason")
    @GET
    @Transactional
    public List<ReasonFeedback> summary() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select r.reason, count(*) filter (where f.needed), count(*) filter (where not f.needed)
                from handoff_feedback f, unnest(f.reasons) as r(reason)
                group by r.reason order by r.reason""").getResultList();
        return rows.stream().map(r -> {
            long needed = ((Number) r[1]).longValue();
            long not = ((Number) r[2]).longValue();
            return new ReasonFeedback((String) r[0], needed, not, needed + not == 0 ? 0 : (double) needed / (needed + not));
        }).toList();
    }
}
