package com.safesupport.consent.receipt;

import com.safesupport.consent.SubjectAccess;
import com.safesupport.consent.ledger.ConsentEvent;
import com.safesupport.platform.identity.Roles;
import com.safesupport.platform.problem.DomainException;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.util.UUID;

/** Consent receipts: fetch one (signed JWS), verify one, and the public key to verify them offline. */
@Path("/v1/receipts")
@Produces(MediaType.APPLICATION_JSON)
public class ReceiptResource {

    @Inject
    ConsentReceipts receipts;

    @Inject
    ReceiptSigner signer;

    @Inject
    SubjectAccess access;

    public record Receipt(UUID eventId, String receipt) {
    }

    public record VerifyRequest(@NotBlank @Size(max = 16384) String receipt) {
    }

    /** The receipt of one consent event, for its subject or a privacy officer. */
    @Operation(summary = "Fetch a consent receipt",
            description = "The signed receipt (JWS) of one consent event, for its subject or a privacy officer. Another customer's receipt is answered as not found.")
    @APIResponse(responseCode = "200", description = "The receipt")
    @APIResponse(responseCode = "404", description = "No such event, or not visible to the caller")
    @APIResponse(responseCode = "410", description = "The event was erased; its receipt can no longer be issued")
    @GET
    @Path("/{eventId}")
    @RolesAllowed({Roles.CUSTOMER, Roles.PRIVACY_OFFICER})
    public Receipt receipt(@PathParam("eventId") UUID eventId) {
        ConsentEvent event = ConsentEvent.byEventId(eventId);
        if (event == null) {
            throw DomainException.notFound("Receipt");
        }
        if (event.subjectId != null) {
            access.requireSubject(event.subjectId, Roles.PRIVACY_OFFICER);
        } else if (!access.caller().hasRole(Roles.PRIVACY_OFFICER)) {
            throw DomainException.notFound("Receipt");
        }
        return new Receipt(eventId, receipts.receiptOf(event));
    }

    @Operation(summary = "Verify a consent receipt",
            description = "Checks a receipt's signature and that it matches the ledger; says what it proves.")
    @APIResponse(responseCode = "200", description = "The verification result")
    @APIResponse(responseCode = "400", description = "Missing or oversized receipt")
    @POST
    @Path("/verify")
    @Consumes(MediaType.APPLICATION_JSON)
    @Authenticated
    public ConsentReceipts.VerifiedReceipt verify(@Valid @NotNull VerifyRequest body) {
        return receipts.verify(body.receipt());
    }

    /** The public verification key (JWK Set): public, like an IdP's JWKS. */
    @Operation(summary = "Receipt verification key",
            description = "The public key (JWK Set) that verifies receipts offline; public, like an IdP's JWKS.")
    @APIResponse(responseCode = "200", description = "The JWK Set")
    @GET
    @Path("/jwks")
    @PermitAll
    public String jwks() {
        return signer.jwks();
    }
}
