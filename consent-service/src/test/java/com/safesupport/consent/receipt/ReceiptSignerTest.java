package com.safesupport.consent.receipt;

import com.safesupport.consent.config.ConsentConfig;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jwk.RsaJwkGenerator;
import org.jose4j.lang.JoseException;
import org.junit.jupiter.api.Test;

import java.security.KeyPair;
import java.security.interfaces.RSAPublicKey;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The configured-key path of the receipt signer (the Quarkus tests run with a generated key). Two RSA key pairs are
 * generated once for the class, and each test builds its own JWKs from them: a 2,048-bit key generation took 3.5 to
 * 10 s of the test JVM's C1 CPU under load, four of them 26 s (docs/benchmarks.md, "Test time, stop 60 (ct7)").
 */
class ReceiptSignerTest {

    private static final KeyPair ONE = generate();
    private static final KeyPair ANOTHER = generate();

    @Test
    void theTwoKeysOfTheseTestsDiffer() {
        assertNotEquals(ONE.getPublic(), ANOTHER.getPublic());
    }

    @Test
    void aConfiguredRsaKeySignsAndOnlyItsPublicHalfIsPublished() throws Exception {
        RsaJsonWebKey jwk = jwk(ONE);
        jwk.setKeyId("receipts-2026-11");
        ReceiptSigner signer = signer(jwk.toJson(JsonWebKey.OutputControlLevel.INCLUDE_PRIVATE));

        String receipt = signer.sign("{\"jti\":\"x\"}");

        assertTrue(receipt.startsWith("eyJ"));
        assertEquals("{\"jti\":\"x\"}", signer.verify(receipt));
        assertEquals("receipts-2026-11", signer.keyId());
        assertTrue(signer.jwks().contains("\"kid\":\"receipts-2026-11\""));
        assertTrue(signer.jwks().contains("\"alg\":\"RS256\""));
        assertFalse(signer.jwks().contains("\"d\""));
    }

    @Test
    void aReceiptFromAnotherKeyDoesNotVerify() throws Exception {
        RsaJsonWebKey mine = jwk(ONE);
        mine.setKeyId("k1");
        RsaJsonWebKey theirs = jwk(ANOTHER);
        theirs.setKeyId("k1");
        String forged = signer(theirs.toJson(JsonWebKey.OutputControlLevel.INCLUDE_PRIVATE)).sign("{}");
        assertNull(signer(mine.toJson(JsonWebKey.OutputControlLevel.INCLUDE_PRIVATE)).verify(forged));
    }

    @Test
    void aKeyWithoutPrivatePartOrKidIsRefusedAtStartUp() throws Exception {
        RsaJsonWebKey noKid = jwk(ONE);
        assertThrows(IllegalStateException.class, () -> signer(noKid.toJson(JsonWebKey.OutputControlLevel.INCLUDE_PRIVATE)));
        noKid.setKeyId("k");
        assertThrows(IllegalStateException.class, () -> signer(noKid.toJson(JsonWebKey.OutputControlLevel.PUBLIC_ONLY)));
        assertThrows(IllegalStateException.class, () -> signer("{\"kty\":\"nonsense\"}"));
    }

    /** A JWK of its own (no key id yet) holding both halves of {@code pair}. */
    private static RsaJsonWebKey jwk(KeyPair pair) {
        RsaJsonWebKey jwk = new RsaJsonWebKey((RSAPublicKey) pair.getPublic());
        jwk.setPrivateKey(pair.getPrivate());
        return jwk;
    }

    private static KeyPair generate() {
        try {
            RsaJsonWebKey generated = RsaJwkGenerator.generateJwk(2048);
            return new KeyPair(generated.getRsaPublicKey(), generated.getRsaPrivateKey());
        } catch (JoseException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ReceiptSigner signer(String jwk) {
        ReceiptSigner signer = new ReceiptSigner();
        signer.config = new ConsentConfig() {
            @Override
            public Map<String, PeerService> services() {
                return Map.of();
            }

            @Override
            public Receipts receipts() {
                return new Receipts() {
                    @Override
                    public Optional<String> signingJwk() {
                        return Optional.of(jwk);
                    }

                    @Override
                    public String issuer() {
                        return "consent-service";
                    }

                    @Override
                    public String controllerName() {
                        return "c";
                    }

                    @Override
                    public String controllerContact() {
                        return "c@example.org";
                    }

                    @Override
                    public String policyUrl() {
                        return "https://example.org";
                    }
                };
            }

            @Override
            public Dsr dsr() {
                return null;
            }

            @Override
            public Ledger ledger() {
                return null;
            }

            @Override
            public Expiry expiry() {
                return null;
            }
        };
        signer.loadKey();
        return signer;
    }

}
