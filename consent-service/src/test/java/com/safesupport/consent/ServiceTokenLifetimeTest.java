package com.safesupport.consent;

import io.quarkus.oidc.client.OidcClient;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The mock realm's client-credentials token outlives a whole test run. It is signed once, when the realm starts, and
 * the realm answers no refresh grant; with smallrye-jwt's default lifespan (300 s) every call to a peer made more than
 * five minutes after the realm started failed for want of a service token (503 {@code ticket-check-unavailable} in
 * {@link SelfServiceTest} on a loaded machine). The parent POM gives the test JVMs a day.
 */
@QuarkusTest
class ServiceTokenLifetimeTest {

    @Inject
    OidcClient client;

    @Test
    void theServiceTokenOfTheMockRealmLastsLongerThanATestRun() {
        io.quarkus.oidc.client.Tokens tokens = client.getTokens().await().atMost(Duration.ofSeconds(10));
        Long expiresAt = tokens.getAccessTokenExpiresAt();
        assertNotNull(expiresAt, "the service token carries no expiry");
        long left = expiresAt - Instant.now().getEpochSecond();
        assertTrue(left > 3_600, "the service token expires in " + left + " s, less than a test run may last");
    }
}
