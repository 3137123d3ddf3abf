package com.safesupport.platform.problem;

import io.quarkus.oidc.OIDCException;

import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Whether a failure means "the identity provider cannot be reached, so no token can be verified right now": quarkus-oidc
 * raises {@link OIDCException} ("OIDC Server is not available") when a service started before Keycloak answered and a
 * token arrives before the provider does. The caller's token is not at fault, so this is 503 + Retry-After, not 500.
 */
final class IdentityProviderUnavailable {

    private IdentityProviderUnavailable() {
    }

    static boolean causedBy(Throwable failure) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable t = failure; t != null && seen.put(t, true) == null; t = t.getCause()) {
            if (t instanceof OIDCException) {
                return true;
            }
        }
        return false;
    }
}
