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

    /**
     * How long a {@link #reusing()} instance hands out the same signed token for the same arguments: a fifth of the
     * tokens' 300 s lifetime, so a reused token still has at least 240 s to run when it is sent.
     */
    public static final java.time.Duration REUSE = java.time.Duration.ofSeconds(60);

    private final String audience;
    /** Signed tokens by kind and arguments, with when they were minted; {@code null}: every call signs afresh. */
    private final java.util.Map<String, Minted> reused;

    private record Minted(String token, long nanos) {
    }

    public Tokens(String audience) {
        this(audience, null);
    }

    private Tokens(String audience, java.util.Map<String, Minted> reused) {
        this.audience = audience;
        this.reused = reused;
    }

    /**
     * The same tokens, but a call with the same arguments as one in the last {@link #REUSE} gets that call's token
     * instead of a new signature. Tests use the RSA private key on the test JVM's C1 compiler, which has none of C2's
     * {@code BigInteger} intrinsics, so each signature costs milliseconds of CPU: {@link EndpointAudit}'s audit of one
     * service signed about 2,300 tokens, 40 % of the JFR samples of escalation-service's audit (stop 59, ct5). The
     * claims are those a fresh call would sign, except that {@code iat} and {@code exp} are up to {@link #REUSE}
     * older and {@code jti} (the random id smallrye-jwt-build adds) repeats: no service reads {@code jti}, so none
     * refuses a token sent twice. A random subject ({@link #randomCustomer()}) still gets a token of its own.
     */
    public Tokens reusing() {
        return reused != null ? this : new Tokens(audience, new java.util.concurrent.ConcurrentHashMap<>());
    }

    private String signed(String kind, String[] args, java.util.function.Supplier<String> mint) {
        if (reused == null) {
            return mint.get();
        }
        String key = kind + "\u0000" + String.join("\u0000", args);
        long now = System.nanoTime();
        Minted minted = reused.get(key);
        if (minted == null || now - minted.nanos() > REUSE.toNanos()) {
            minted = new Minted(mint.get(), now);
            reused.put(key, minted);
        }
        return minted.token();
    }

    private static String[] with(String first, String... rest) {
        String[] all = new String[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }

    /** A human user's token: subject, the {@code support-web} client and realm roles. */
    public String user(String subject, String... roles) {
        return signed("user", with(subject, roles), () -> base(subject, "support-web", roles).sign(KEY));
    }

    /** A client-credentials token of a service client (e.g. {@code bot-service} with {@code svc-bot}). */
    public String service(String clientId, String... roles) {
        return signed("service", with(clientId, roles), () -> base("service-account-" + clientId, clientId, roles).sign(KEY));
    }

    public String customer(String subject) {
        return user(subject, "customer");
    }

    public String randomCustomer() {
        return customer(UUID.randomUUID().toString());
    }

    public String expired(String... roles) {
        return signed("expired", roles, () -> base("expired-user", "support-web", roles)
                .issuedAt(Instant.now().minusSeconds(3600))
                .expiresAt(Instant.now().minusSeconds(1800))
                .sign(KEY));
    }

    public String wrongIssuer(String... roles) {
        return signed("wrongIssuer", roles, () -> base("someone", "support-web", roles).issuer("https://attacker.example.com").sign(KEY));
    }

    public String wrongAudience(String... roles) {
        return signed("wrongAudience", roles, () -> base("someone", "support-web", roles).audience("some-other-service").sign(KEY));
    }

    /** A token whose payload was changed after signing: the signature no longer matches. */
    public String tampered(String... roles) {
        return signed("tampered", roles, () -> {
            String[] parts = user("someone", roles).split("\\.");
            String forged = base("someone-else", "support-web", Roles.all()).sign(KEY).split("\\.")[1];
            return parts[0] + "." + forged + "." + parts[2];
        });
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
        return signed("foreignKey", roles, () -> base("someone", "support-web", roles).jws().keyId("foreign").sign(ForeignKey.PAIR.getPrivate()));
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
