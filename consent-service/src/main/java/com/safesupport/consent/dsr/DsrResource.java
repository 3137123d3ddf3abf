package com.safesupport.consent.dsr;

import com.safesupport.consent.SubjectAccess;
import com.safesupport.platform.identity.Roles;
import com.safesupport.platform.problem.DomainException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.ResponseStatus;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Data-subject requests: customers file their own; privacy officers file for anyone (recording how identity was
 * verified), verify, execute, extend, reject and complete them.
 */
@Path("/v1/dsr")
@Produces(MediaType.APPLICATION_JSON)
public class DsrResource {

    static final String CODE = "[a-z0-9-]{1,40}";
    /** How a customer's own request is verified: they proved who they are to the IdP. */
    static final String SELF_VERIFICATION = "oidc-authenticated";

    @Inject
    DsrService requests;

    @Inject
    DsrOrchestrator orchestrator;

    @Inject
    SubjectAccess access;

    public record VerificationRequest(@NotBlank @Pattern(regexp = CODE, message = "must be a short lower-case code") String method,
                                   @Size(max = 1000) String note) {
    }

    public record CreateRequest(@NotNull DsrType type, @NotNull Jurisdiction jurisdiction, @Size(max = 128) String subjectId,
                             @Size(max = 4000) String details, @Valid VerificationRequest verification) {
    }

    public record ExtendRequest(@NotBlank @Size(max = 1000) String reason, @NotNull Boolean subjectInformed) {
    }

    public record ReasonRequest(@NotBlank @Size(max = 1000) String reason) {
    }

    public record NoteRequest(@NotBlank @Size(max = 2000) String note) {
    }

    public record ResultView(String service, String operation, String outcome, Integer httpStatus, int attempts,
                             String summary, String responseSha256, Instant completedAt) {
    }

    public record DsrView(UUID id, String subjectId, DsrType type, DsrStatus status, Jurisdiction jurisdiction,
                          Instant receivedAt, Instant receiptConfirmedAt, Instant dueAt, boolean overdue,
                          Instant extendedAt, String extensionReason, Instant subjectInformedAt,
                          String requestedByRole, String verificationMethod, Instant verifiedAt,
                          String details, String rejectionReason, String resolutionNote, Instant completedAt,
                          int attempts, Instant nextAttemptAt, List<ResultView> results) {
    }

    @Operation(summary = "File a data-subject request",
            description = "A customer files their own request (verified by their sign-in); a privacy officer files one for any subject, recording how identity was verified.")
    @APIResponse(responseCode = "201", description = "The request as filed")
    @APIResponse(responseCode = "400", description = "Invalid body, or no subject named by a privacy officer")
    @APIResponse(responseCode = "409", description = "A request of the same type is still open for the subject")
    @APIResponse(responseCode = "429", description = "The customer's daily limit of requests is reached (Retry-After)")
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CUSTOMER, Roles.PRIVACY_OFFICER})
    @ResponseStatus(201)
    public DsrView create(@Valid @NotNull CreateRequest body) {
        // A customer's own request always names the token's own subject; only a privacy officer files for another.
        boolean own = access.caller().hasRole(Roles.CUSTOMER)
                && (body.subjectId() == null || body.subjectId().equals(access.caller().subject()));
        boolean officer = !own && access.caller().hasRole(Roles.PRIVACY_OFFICER);
        String subjectId = own ? access.caller().subject() : body.subjectId();
        if (subjectId == null) {
            throw DomainException.badRequest("subject-required", "A privacy officer names the subject of the request");
        }
        access.requireSubject(subjectId, Roles.PRIVACY_OFFICER);
        DsrService.Verification verification = officer
                ? (body.verification() == null ? null : new DsrService.Verification(body.verification().method(), body.verification().note()))
                : new DsrService.Verification(SELF_VERIFICATION, null);
        DsrService.Requester requester = new DsrService.Requester(access.caller().subject(),
                officer ? Roles.PRIVACY_OFFICER : Roles.CUSTOMER);
        return view(requests.create(subjectId, body.type(), body.jurisdiction(), body.details(), requester, verification));
    }

    @Operation(summary = "List data-subject requests",
            description = "A customer's own requests; a privacy officer's view of all, filtered by subject and status.")
    @APIResponse(responseCode = "200", description = "The requests")
    @GET
    @RolesAllowed({Roles.CUSTOMER, Roles.PRIVACY_OFFICER})
    public List<DsrView> list(@QueryParam("subjectId") String subjectId, @QueryParam("status") DsrStatus status,
                              @QueryParam("overdue") Boolean overdue) {
        if (!access.caller().hasRole(Roles.PRIVACY_OFFICER)) {
            subjectId = access.caller().subject();
        }
        return requests.list(subjectId, status, overdue).stream().map(this::view).toList();
    }

    @Operation(summary = "Read a data-subject request",
            description = "One request with its deadline and every service's result.")
    @APIResponse(responseCode = "200", description = "The request")
    @APIResponse(responseCode = "404", description = "No such request, or not visible to the caller")
    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.CUSTOMER, Roles.PRIVACY_OFFICER})
    public DsrView get(@PathParam("id") UUID id) {
        return view(visible(id));
    }

    /** The JSON bundle of an access or portability request, for the subject to download. */
    @Operation(summary = "Download a request's bundle",
            description = "The JSON bundle of an executed access or portability request, for the subject to download.")
    @APIResponse(responseCode = "200", description = "The bundle")
    @APIResponse(responseCode = "404", description = "No such request, or not visible to the caller")
    @APIResponse(responseCode = "409", description = "The request produces no bundle, or it is not ready yet")
    @APIResponse(responseCode = "410", description = "The bundle was deleted after its retention")
    @GET
    @Path("/{id}/bundle")
    @RolesAllowed({Roles.CUSTOMER, Roles.PRIVACY_OFFICER})
    public Response bundle(@PathParam("id") UUID id) {
        DataSubjectRequest r = visible(id);
        return Response.ok(requests.bundle(r))
                .header("Content-Disposition", "attachment; filename=\"subject-data-" + r.id + ".json\"")
                .build();
    }

    @Operation(summary = "Record identity verification",
            description = "Marks a RECEIVED request as verified and records how (privacy officers).")
    @APIResponse(responseCode = "200", description = "The verified request")
    @APIResponse(responseCode = "400", description = "Invalid body")
    @APIResponse(responseCode = "404", description = "No such request")
    @APIResponse(responseCode = "409", description = "The request is not RECEIVED")
    @POST
    @Path("/{id}/verify")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PRIVACY_OFFICER)
    public DsrView verify(@PathParam("id") UUID id, @Valid @NotNull VerificationRequest body) {
        return view(requests.verify(id, new DsrService.Verification(body.method(), body.note()), access.caller().subject()));
    }

    /** Runs the request now (automated types), or marks it started (types a person carries out). */
    @Operation(summary = "Execute a data-subject request",
            description = "Runs the request on every service now (automated types), or marks it started (types a person carries out).")
    @APIResponse(responseCode = "200", description = "The request with its results")
    @APIResponse(responseCode = "404", description = "No such request")
    @APIResponse(responseCode = "409", description = "The request is not in a state that can be executed")
    @POST
    @Path("/{id}/execute")
    @RolesAllowed(Roles.PRIVACY_OFFICER)
    public DsrView execute(@PathParam("id") UUID id) {
        DataSubjectRequest r = requests.find(id);
        if (r.type.automated()) {
            orchestrator.execute(id);
        } else {
            requests.start(id);
        }
        return view(requests.reread(id));
    }

    @Operation(summary = "Extend a request's deadline",
            description = "Extends the deadline once, as the jurisdiction allows, with a reason; the subject must have been informed.")
    @APIResponse(responseCode = "200", description = "The request with its new deadline")
    @APIResponse(responseCode = "400", description = "Invalid body")
    @APIResponse(responseCode = "404", description = "No such request")
    @APIResponse(responseCode = "409", description = "The request is closed or already extended")
    @POST
    @Path("/{id}/extend")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PRIVACY_OFFICER)
    public DsrView extend(@PathParam("id") UUID id, @Valid @NotNull ExtendRequest body) {
        return view(requests.extend(id, body.reason(), body.subjectInformed()));
    }

    @Operation(summary = "Reject a data-subject request",
            description = "Rejects a RECEIVED or VERIFIED request with a reason.")
    @APIResponse(responseCode = "200", description = "The rejected request")
    @APIResponse(responseCode = "400", description = "Invalid body")
    @APIResponse(responseCode = "404", description = "No such request")
    @APIResponse(responseCode = "409", description = "The request can no longer be rejected")
    @POST
    @Path("/{id}/reject")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PRIVACY_OFFICER)
    public DsrView reject(@PathParam("id") UUID id, @Valid @NotNull ReasonRequest body) {
        return view(requests.reject(id, body.reason()));
    }

    @Operation(summary = "Complete a data-subject request",
            description = "Completes an IN_PROGRESS request a person carried out, with a note.")
    @APIResponse(responseCode = "200", description = "The completed request")
    @APIResponse(responseCode = "400", description = "Invalid body")
    @APIResponse(responseCode = "404", description = "No such request")
    @APIResponse(responseCode = "409", description = "The request is automated or not in progress")
    @POST
    @Path("/{id}/complete")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PRIVACY_OFFICER)
    public DsrView complete(@PathParam("id") UUID id, @Valid @NotNull NoteRequest body) {
        return view(requests.complete(id, body.note()));
    }

    private DataSubjectRequest visible(UUID id) {
        DataSubjectRequest r = requests.find(id);
        access.requireSubject(r.subjectId, Roles.PRIVACY_OFFICER);
        return r;
    }

    private DsrView view(DataSubjectRequest r) {
        List<ResultView> results = DsrResult.of(r.id).stream()
                .map(x -> new ResultView(x.service, x.operation, x.outcome, x.httpStatus, x.attempts, x.summary,
                        x.responseSha256, x.completedAt))
                .toList();
        return new DsrView(r.id, r.subjectId, r.type, r.status, r.jurisdiction, r.receivedAt, r.receiptConfirmedAt, r.dueAt,
                r.overdue, r.extendedAt, r.extensionReason, r.subjectInformedAt, r.requestedByRole, r.verificationMethod,
                r.verifiedAt, requests.details(r), r.rejectionReason, r.resolutionNote, r.completedAt, r.attempts,
                r.nextAttemptAt, results);
    }
}
