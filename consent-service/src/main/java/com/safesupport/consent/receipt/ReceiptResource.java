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

    public record VerifyBody(@NotBlank @Size(max = 16384) String receipt) {
    }

    /** The receipt of one consent event, for its subject or a privacy officer. */
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

    @POST
    @Path("/verify")
    @Consumes(MediaType.APPLICATION_JSON)
    @Authenticated
    public ConsentReceipts.VerifiedReceipt verify(@Valid @NotNull VerifyBody body) {
        return receipts.verify(body.receipt());
    }

    /** The public verification key (JWK Set): public, like an IdP's JWKS. */
    @GET
    @Path("/jwks")
    @PermitAll
    public String jwks() {
        return signer.jwks();
    }
}
