package com.safesupport.consent.connectivity;

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
 * {@code GET /v1/connectivity}: can consent-service reach every service it must run data-subject requests on?
 */
@Path("/v1/connectivity")
public class ConnectivityResource {

    @Inject
    ConnectivityCheck check;

    @Operation(summary = "Check the peers of data-subject requests",
            description = "Whether consent-service can reach, with its own credentials, every service it must run data-subject requests on.")
    @APIResponse(responseCode = "200", description = "One status per peer service")
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PRIVACY_OFFICER, Roles.SUPERVISOR})
    public List<ConnectivityCheck.PeerStatus> connectivity() {
        return check.run();
    }
}
