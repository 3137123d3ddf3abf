package com.safesupport.consent.connectivity;

import com.safesupport.platform.identity.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/**
 * {@code GET /v1/connectivity}: can consent-service reach every service it must run data-subject requests on?
 */
@Path("/v1/connectivity")
public class ConnectivityResource {

    @Inject
    ConnectivityCheck check;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PRIVACY_OFFICER, Roles.SUPERVISOR})
    public List<ConnectivityCheck.PeerStatus> connectivity() {
        return check.run();
    }
}
