package com.safesupport.testing.contract;

import au.com.dius.pact.provider.junit5.PactVerificationContext;
import com.safesupport.testing.Tokens;
import org.apache.hc.core5.http.HttpRequest;

import java.util.Map;

/**
 * The provider half of a contract test: each verified request carries a real signed client-credentials token of
 * the consumer that recorded it, with the role DESIGN.md gives that client, so the provider's security is part of
 * what is verified (the pact itself only records that a bearer token is sent).
 */
public final class ProviderContracts {

    /** What {@code @PactFolder} reads, relative to a service module: the same folder {@link CommittedPact} checks. */
    public static final String FOLDER = "../contracts/pacts";

    /** Each consumer's client id and its service role. */
    private static final Map<String, String> ROLES = Map.of(
            "bot-service", "svc-bot",
            "consent-service", "svc-consent",
            "escalation-service", "svc-escalation");

    private ProviderContracts() {
    }

    /** Replaces the recorded placeholder token with a real one of the interaction's consumer, for this provider. */
    public static void authorize(PactVerificationContext context, HttpRequest request, Tokens tokens) {
        String consumer = context.getConsumer().getName();
        String role = ROLES.get(consumer);
        if (role == null) {
            throw new IllegalStateException("No service role known for consumer " + consumer);
        }
        request.setHeader("Authorization", "Bearer " + tokens.service(consumer, role));
    }
}
