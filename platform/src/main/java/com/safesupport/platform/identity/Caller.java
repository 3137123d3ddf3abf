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

    public boolean hasAnyRole(String... roles) {
        for (String role : roles) {
            if (identity.hasRole(role)) {
                return true;
            }
        }
        return false;
    }

    /** True when the caller is this subject acting as a customer: the token's own {@code sub}. */
    public boolean isSubject(String subjectId) {
        return hasRole(Roles.CUSTOMER) && subjectId != null && subjectId.equals(subject());
    }

    /**
     * A caller reaches a subject's resource when it is their own (as a customer) or when they hold one of the roles
     * the endpoint names for reaching any subject. Holding some other role never widens a customer's reach: a user
     * with {@code customer} and {@code agent} reaches only their own subject on an endpoint that names no role.
     */
    public boolean maySeeSubject(String subjectId, String... crossSubjectRoles) {
        return isSubject(subjectId) || hasAnyRole(crossSubjectRoles);
    }
}
