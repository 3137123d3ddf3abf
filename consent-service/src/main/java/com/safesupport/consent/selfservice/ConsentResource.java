package com.safesupport.consent.selfservice;

import com.safesupport.consent.SubjectAccess;
import com.safesupport.consent.decision.CurrentConsent;
import com.safesupport.consent.decision.Decision;
import com.safesupport.consent.decision.DecisionService;
import com.safesupport.consent.ledger.ConsentEvent;
import com.safesupport.consent.ledger.EventDetails;
import com.safesupport.consent.ledger.EventKind;
import com.safesupport.consent.ledger.LedgerChain;
import com.safesupport.consent.purpose.PurposeCatalogue;
import com.safesupport.consent.purpose.PurposeView;
import com.safesupport.platform.identity.Roles;
import com.safesupport.platform.problem.DomainException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.ResponseStatus;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Self-service consent: a customer lists, gives, refuses, withdraws (one call) and reads the history of their own
 * consents. Staff may record an answer on a customer's behalf (a phone call) under an authority: an open ticket
 * for that customer, or the consent-recorder role; such events are flagged and name the authority.
 */
@Path("/v1/subjects/{subjectId}/consents")
@Produces(MediaType.APPLICATION_JSON)
public class ConsentResource {

    @Inject
    ConsentService consents;

    @Inject
    PurposeCatalogue catalogue;

    @Inject
    SubjectAccess access;

    @Inject
    AgentAuthority authority;

    @Inject
    Clock clock;

    public record PurposeConsent(String purpose, String name, String description, String dpvPurpose, String legalBasis,
                                 String retention, int currentNoticeVersion, String noticeText, String noticeSha256,
                                 Decision decision) {
    }

    public record AnswerRequest(
            @NotNull @Pattern(regexp = "GIVEN|REFUSED", message = "must be GIVEN or REFUSED") String state,
            @NotNull Integer noticeVersion,
            @Pattern(regexp = "[a-z0-9-]{1,40}", message = "must be a short lower-case code") String channel,
            @Pattern(regexp = "[A-Z]{2}(-[A-Z0-9]{1,3})?", message = "must be an ISO 3166 code such as DE or US-CA") String jurisdiction,
            @Pattern(regexp = "[a-z0-9-]{1,40}", message = "must be a short lower-case code") String collectionMethod,
            @Pattern(regexp = "[a-z]{2,3}(-[A-Za-z0-9]{2,8})?", message = "must be a BCP 47 language tag") String language) {
    }

    public record HistoryEntry(long seq, UUID eventId, String purpose, EventKind kind, int noticeVersion, String noticeSha256,
                               Instant occurredAt, Instant expiresAt, String channel, String jurisdiction,
                               String collectionMethod, String actorRole, boolean onBehalf, String actorAuthority,
                               String reason, String hash) {
    }

    @Operation(summary = "List a subject's consents",
            description = "Every purpose with the subject's current answer. A customer reaches only their own; agents and privacy officers any.")
    @APIResponse(responseCode = "200", description = "The purposes and current answers")
    @APIResponse(responseCode = "400", description = "The subject id is not a valid token subject")
    @GET
    @RolesAllowed({Roles.CUSTOMER, Roles.AGENT, Roles.PRIVACY_OFFICER})
    public List<PurposeConsent> list(@PathParam("subjectId") String subjectId) {
        access.requireSubject(subjectId, Roles.AGENT, Roles.PRIVACY_OFFICER);
        Map<String, CurrentConsent> current = CurrentConsent.ofSubject(subjectId).stream()
                .collect(Collectors.toMap(c -> c.purposeCode, Function.identity()));
        Instant now = clock.instant();
        return catalogue.all().values().stream()
                .map(p -> view(p, DecisionService.decide(subjectId, p, current.get(p.code()), now)))
                .toList();
    }

    @Operation(summary = "Give or refuse consent",
            description = "Records the subject's answer to a purpose under the current notice version. Staff answering on a customer's behalf need an authority (an open ticket for the customer, or the consent-recorder role), which the event records.")
    @APIResponse(responseCode = "201", description = "The recorded event")
    @APIResponse(responseCode = "400", description = "Invalid body, or a collection method missing for an answer on behalf")
    @APIResponse(responseCode = "404", description = "No such purpose")
    @APIResponse(responseCode = "409", description = "The answer refers to a notice version that is not the current one")
    @APIResponse(responseCode = "503", description = "The ticket check of an agent's authority is unavailable")
    @POST
    @Path("/{purpose}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CUSTOMER, Roles.AGENT, Roles.CONSENT_RECORDER})
    @ResponseStatus(201)
    public ConsentService.Recorded answer(@PathParam("subjectId") String subjectId, @PathParam("purpose") String purpose,
                                          @Valid @NotNull AnswerRequest body) {
        ConsentService.Collection how = collection(subjectId, body.channel(), body.jurisdiction(), body.collectionMethod(), body.language());
        return consents.answer(subjectId, purpose, EventKind.valueOf(body.state()), body.noticeVersion(), how);
    }

    /** Withdraws consent for a purpose: one call, no body, as easy as giving it. */
    @Operation(summary = "Withdraw consent",
            description = "Withdraws consent for a purpose: one call, no body, as easy as giving it.")
    @APIResponse(responseCode = "200", description = "The recorded withdrawal")
    @APIResponse(responseCode = "400", description = "The subject id is not a valid token subject")
    @APIResponse(responseCode = "404", description = "No such purpose")
    @APIResponse(responseCode = "503", description = "The ticket check of an agent's authority is unavailable")
    @DELETE
    @Path("/{purpose}")
    @RolesAllowed({Roles.CUSTOMER, Roles.AGENT, Roles.CONSENT_RECORDER})
    public ConsentService.Recorded withdraw(@PathParam("subjectId") String subjectId, @PathParam("purpose") String purpose) {
        SubjectAccess.requireWellFormed(subjectId);
        String method = access.onBehalf(subjectId) ? "agent-recorded" : "self-service";
        return consents.withdraw(subjectId, purpose, collection(subjectId, null, null, method, null));
    }

    @Operation(summary = "A subject's consent history",
            description = "Every consent event of the subject, oldest first, with its ledger position.")
    @APIResponse(responseCode = "200", description = "The history")
    @APIResponse(responseCode = "400", description = "The subject id is not a valid token subject")
    @GET
    @Path("/history")
    @RolesAllowed({Roles.CUSTOMER, Roles.PRIVACY_OFFICER})
    public List<HistoryEntry> history(@PathParam("subjectId") String subjectId) {
        access.requireSubject(subjectId, Roles.PRIVACY_OFFICER);
        return ConsentEvent.ofSubject(subjectId).stream().map(ConsentResource::entry).toList();
    }

    static HistoryEntry entry(ConsentEvent event) {
        EventDetails d = LedgerChain.details(event.payload);
        return new HistoryEntry(event.seq, d.eventId(), d.purpose(), d.kind(), d.noticeVersion(), d.noticeSha256(),
                d.occurredAt(), d.expiresAt(), d.channel(), d.jurisdiction(), d.collectionMethod(), d.actorRole(),
                d.onBehalf(), d.actorAuthority(), d.reason(), event.hash);
    }

    /**
     * How an answer was collected, and by whom. A customer answers for themself; staff answer for a customer only
     * under an authority ({@link AgentAuthority}), which the event records.
     */
    private ConsentService.Collection collection(String subjectId, String channel, String jurisdiction, String method, String language) {
        SubjectAccess.requireWellFormed(subjectId);
        boolean onBehalf = access.onBehalf(subjectId);
        String authority = onBehalf ? this.authority.require(access.caller(), subjectId) : null;
        if (onBehalf && method == null) {
            throw DomainException.badRequest("collection-method-required",
                    "An agent recording consent on a customer's behalf must name the collection method (e.g. phone-call)");
        }
        return new ConsentService.Collection(
                channel == null ? (onBehalf ? "phone" : "chat") : channel,
                jurisdiction == null ? "EU" : jurisdiction,
                method == null ? "self-service" : method,
                language == null ? "en" : language,
                access.caller().subject(),
                onBehalf ? staffRole() : Roles.CUSTOMER,
                onBehalf, null,
                authority);
    }

    private String staffRole() {
        return access.caller().hasRole(Roles.CONSENT_RECORDER) ? Roles.CONSENT_RECORDER : Roles.AGENT;
    }

    private static PurposeConsent view(PurposeView p, Decision decision) {
        return new PurposeConsent(p.code(), p.name(), p.description(), p.dpvPurpose(), p.legalBasis(), p.retention(),
                p.noticeVersion(), p.noticeText(), p.noticeSha256(), decision);
    }
}
