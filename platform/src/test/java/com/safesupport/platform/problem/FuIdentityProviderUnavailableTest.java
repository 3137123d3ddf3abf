package com.safesupport.platform.problem;

import io.quarkus.oidc.OIDCException;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A token that arrives while Keycloak cannot be reached (the services of {@code ./suite up} are ready before Keycloak
 * on a first start) is 503 problem+json with Retry-After, not a 500 "incident": found by following README on a fresh
 * clone (round fu). The chain is the one quarkus-oidc raises: {@code OIDCException("OIDC Server is not available")}.
 */
class FuIdentityProviderUnavailableTest {

    private final ProblemMapper mapper = new ProblemMapper();

    @Test
    void anUnreachableIdentityProviderIs503WithRetryAfter() {
        Exception failure = new RuntimeException(new OIDCException("OIDC Server is not available"));
        Response response = mapper.unexpected(failure, null);
        assertEquals(503, response.getStatus());
        assertEquals(Problem.MEDIA_TYPE, response.getMediaType().toString());
        assertEquals("5", response.getHeaderString("Retry-After"));
        Problem problem = (Problem) response.getEntity();
        assertEquals(Problem.type("identity-provider-unavailable"), problem.type());
        assertFalse(problem.detail().contains("OIDC Server"), "the library's message is not echoed");
    }

    @Test
    void otherFailuresStayInternalErrors() {
        Exception other = new RuntimeException(new IllegalStateException("OIDC Server is not available"));
        assertFalse(IdentityProviderUnavailable.causedBy(other), "only quarkus-oidc's exception type counts, not a message");
        assertEquals(500, mapper.unexpected(other, null).getStatus());
        assertTrue(IdentityProviderUnavailable.causedBy(new OIDCException("x")));
    }
}
