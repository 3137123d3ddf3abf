package com.safesupport.testing;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * Real signed tokens for tests, signed with the key whose public half {@code OidcWiremockTestResource}
 * publishes as the realm's JWKS, so a service verifies them exactly as it verifies Keycloak's.
 * The audience is the service under test, given once per test class.
 */
public final class Tokens {

    public static final String ISSUER = "https://server.example.com";
    private static final String KEY = "privateKey.jwk";

    private final String audience;

    public Tokens(String audience) {
        this.audience = audience;
    }

    /** A human user's token: subject, the {@code support-web} client and realm roles. */
    public String user(String subject, String... roles) {
        return base(subject, "support-web", roles).sign(KEY);
    }

    /** A client-credentials token of a service client (e.g. {@code bot-service} with {@code svc-bot}). */
    public String service(String clientId, String... roles) {
        return base("service-account-" + clientId, clientId, roles).sign(KEY);
    }

    public String customer(String subject) {
        return user(subject, "customer");
    }

    public String randomCustomer() {
        return customer(UUID.randomUUID().toString());
    }

    public String expired(String... roles) {
        return base("expired-user", "support-web", roles)
                .issuedAt(Instant.now().minusSeconds(3600))
                .expiresAt(Instant.now().minusSeconds(1800))
                .sign(KEY);
    }

    public String wrongIssuer(String... roles) {
        return base("someone", "support-web", roles).issuer("https://attacker.example.com").sign(KEY);
    }

    public String wrongAudience(String... roles) {
        return base("someone", "support-web", roles).audience("some-other-service").sign(KEY);
    }

    /** A token whose payload was changed after signing: the signature no longer matches. */
    public String tampered(String... roles) {
        String[] parts = user("someone", roles).split("\\.");
        String forged = base("someone-else", "support-web", Roles.all()).sign(KEY).split("\\.")[1];
        return parts[0] + "." + forged + "." + parts[2];
    }

    /**
     * The same claims with {@code "alg":"none"} and no signature: a verifier that trusts the header's algorithm would
     * take it (RFC 8725 section 2.1).
     */
    public String algNone(String... roles) {
        String payload = user("someone", roles).split("\\.")[1];
        String header = java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return header + "." + payload + ".";
    }

    /** Valid claims signed with a key the realm never published: the signature is well-formed but not the realm's. */
    public String foreignKey(String... roles) {
        return base("someone", "support-web", roles).jws().keyId("foreign").sign(ForeignKey.PAIR.getPrivate());
    }

    private static final class ForeignKey {
        static final java.security.KeyPair PAIR = generate();

        private static java.security.KeyPair generate() {
            try {
                java.security.KeyPairGenerator generator = java.security.KeyPairGenerator.getInstance("RSA");
                generator.initialize(2048);
                return generator.generateKeyPair();
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private JwtClaimsBuilder base(String subject, String clientId, String... roles) {
        return Jwt.issuer(ISSUER)
                .subject(subject)
                .audience(Set.of(audience))
                .claim("azp", clientId)
                .claim("preferred_username", subject)
                .groups(Set.of(roles))
                .issuedAt(Instant.now())
                .expiresAt(Instant.now().plusSeconds(300));
    }

    /** The realm roles, for tests that need "everything but". */
    public static final class Roles {
        public static final String[] ALL = {"customer", "agent", "supervisor", "privacy-officer",
                "svc-bot", "svc-consent", "svc-escalation", "redaction-restore", "consent-recorder"};

        /** Each service role and the only client whose tokens may carry it (DESIGN.md, {@code azp}). */
        public static final java.util.Map<String, String> SERVICE_ROLE_CLIENTS = java.util.Map.of(
                "svc-bot", "bot-service", "svc-consent", "consent-service", "svc-escalation", "escalation-service");

        static String[] all() {
            return ALL.clone();
        }

        /** Every realm role except the given ones: the "wrong role" tokens of an auth matrix. */
        public static String[] allBut(String... allowed) {
            Set<String> keep = Set.of(allowed);
            return java.util.Arrays.stream(ALL).filter(r -> !keep.contains(r)).toArray(String[]::new);
        }

        private Roles() {
        }
    }
}
