package com.safesupport.platform.identity;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.Set;
import java.util.TreeSet;

/**
 * Who is calling: the token's subject, the OIDC client that obtained it and the realm roles.
 */
@RequestScoped
public class Caller {

    @Inject
    SecurityIdentity identity;

    @Inject
    JsonWebToken token;

    public String subject() {
        return token.getSubject();
    }

    /** The client the token was issued to: {@code azp} for Keycloak, {@code client_id} for others. */
    public String clientId() {
        String azp = token.getClaim("azp");
        return azp != null ? azp : token.getClaim("client_id");
    }

    public Set<String> roles() {
        return new TreeSet<>(identity.getRoles());
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    /**
     * A customer may only reach their own subject; every other role that reached the endpoint may reach any.
     */
    public boolean maySeeSubject(String subjectId) {
        return !hasRole("customer") || subjectId.equals(subject()) || hasAnyRoleBut("customer");
    }

    private boolean hasAnyRoleBut(String role) {
        return identity.getRoles().stream().anyMatch(r -> !r.equals(role) && Roles.ALL.contains(r));
    }
}
