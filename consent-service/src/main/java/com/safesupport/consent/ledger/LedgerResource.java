package com.safesupport.consent.ledger;

import com.safesupport.platform.identity.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Ledger verification for the data protection office. */
@Path("/v1/ledger")
@Produces(MediaType.APPLICATION_JSON)
public class LedgerResource {

    @Inject
    ConsentLedger ledger;

    /** Walks the whole chain and names the first broken link, if any. */
    @GET
    @Path("/verify")
    @RolesAllowed(Roles.PRIVACY_OFFICER)
    public ConsentLedger.Verification verify() {
        return ledger.verify();
    }
}
