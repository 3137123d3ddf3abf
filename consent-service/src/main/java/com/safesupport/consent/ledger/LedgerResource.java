package com.safesupport.consent.ledger;

import com.safesupport.platform.identity.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import com.safesupport.platform.problem.DomainException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.util.ArrayList;
import java.util.List;

/** Ledger verification for the data protection office. */
@Path("/v1/ledger")
@Produces(MediaType.APPLICATION_JSON)
public class LedgerResource {

    @Inject
    ConsentLedger ledger;

    @Inject
    HeadSignatures signatures;

    /**
     * Walks the whole chain and names the first broken link, if any. The chain is also held against every stored
     * signed head, and against {@code signedHead}, a head (compact JWS from {@code GET /v1/ledger/head}) kept outside
     * the database, which catches a rewrite even if the stored signatures were deleted with it.
     */
    @Operation(summary = "Verify the consent ledger",
            description = "Walks the hash chain of the ledger and, given a signed head kept outside the database, checks the ledger still contains it.")
    @APIResponse(responseCode = "200", description = "The verification result")
    @GET
    @Path("/verify")
    @RolesAllowed(Roles.PRIVACY_OFFICER)
    public ConsentLedger.Verification verify(@QueryParam("signedHead") String signedHead) {
        List<HeadSignatures.SignedHead> heads = new ArrayList<>(signatures.trusted());
        if (signedHead != null && !signedHead.isBlank()) {
            heads.add(signatures.read(signedHead).orElseThrow(() -> DomainException.badRequest("bad-signed-head",
                    "signedHead is not a ledger head signed with this service's current receipt key")));
        }
        return ledger.verify(heads);
    }

    /** The newest signed head (signing the current one first if it moved): keep it outside the database. */
    @Operation(summary = "Sign the ledger head",
            description = "The newest signed head, signing the current one first if it moved: keep it outside the database.")
    @APIResponse(responseCode = "200", description = "The signed head")
    @APIResponse(responseCode = "404", description = "The ledger is empty")
    @POST
    @Path("/head")
    @RolesAllowed(Roles.PRIVACY_OFFICER)
    public HeadSignatures.Published signHead() {
        return signatures.signHead().orElseThrow(() -> DomainException.notFound("A ledger head (the ledger is empty)"));
    }

    /** The newest stored signed head. */
    @Operation(summary = "Read the signed ledger head",
            description = "The newest stored signed head.")
    @APIResponse(responseCode = "200", description = "The signed head")
    @APIResponse(responseCode = "404", description = "No head was signed yet")
    @GET
    @Path("/head")
    @RolesAllowed(Roles.PRIVACY_OFFICER)
    public HeadSignatures.Published head() {
        return signatures.latest().orElseThrow(() -> DomainException.notFound("A signed ledger head"));
    }
}
