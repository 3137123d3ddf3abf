package com.safesupport.consent.receipt;

import com.safesupport.consent.config.ConsentConfig;
import io.quarkus.runtime.Startup;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import org.jose4j.jwk.EcJwkGenerator;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.PublicJsonWebKey;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.keys.EllipticCurves;
import org.jose4j.lang.JoseException;

import java.security.interfaces.ECKey;
import java.util.UUID;

/**
 * Signs consent receipts as compact JWS and verifies them. The key comes from {@code consent.receipts.signing-jwk};
 * without one, a P-256 key is generated at start-up in dev mode and tests only (receipts stop verifying after a
 * restart, and each replica would sign with its own key): production refuses to start without it.
 */
@ApplicationScoped
@Startup
public class ReceiptSigner {

    private static final Logger LOG = Logger.getLogger(ReceiptSigner.class);

    @Inject
    ConsentConfig config;

    @Inject
    org.eclipse.microprofile.config.Config settings;

    private PublicJsonWebKey key;
    private String algorithm;

    @PostConstruct
    void loadKey() {
        try {
            if (config.receipts().signingJwk().isPresent()) {
                key = PublicJsonWebKey.Factory.newPublicJwk(config.receipts().signingJwk().get());
                if (key.getPrivateKey() == null) {
                    throw new IllegalStateException("consent.receipts.signing-jwk must contain the private key");
                }
                if (key.getKeyId() == null) {
                    throw new IllegalStateException("consent.receipts.signing-jwk must carry a kid");
                }
            } else if (!com.safesupport.platform.secrets.ProductionSecrets.localKeysAllowed(settings)) {
                throw new IllegalStateException("consent.receipts.signing-jwk is not set: set RECEIPT_SIGNING_JWK to one "
                        + "private JWK shared by every replica (outside dev and test no key is generated)");
            } else {
                key = EcJwkGenerator.generateJwk(EllipticCurves.P256);
                key.setKeyId("local-" + UUID.randomUUID());
                LOG.warn("No consent.receipts.signing-jwk configured: receipts are signed with a key generated at start-up "
                        + "(local runs only; they will not verify after a restart)");
            }
        } catch (JoseException e) {
            throw new IllegalStateException("consent.receipts.signing-jwk is not a valid JWK", e);
        }
        algorithm = key.getKey() instanceof ECKey ? AlgorithmIdentifiers.ECDSA_USING_P256_CURVE_AND_SHA256
                : AlgorithmIdentifiers.RSA_USING_SHA256;
        key.setAlgorithm(algorithm);
        key.setUse("sig");
    }

    public String sign(String claimsJson) {
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claimsJson);
        jws.setKey(key.getPrivateKey());
        jws.setKeyIdHeaderValue(key.getKeyId());
        jws.setAlgorithmHeaderValue(algorithm);
        jws.setHeader("typ", "JWT");
        try {
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException("receipt signing failed", e);
        }
    }

    /** The verified payload, or {@code null} when the signature, algorithm or key id does not hold. */
    public String verify(String compact) {
        try {
            JsonWebSignature jws = new JsonWebSignature();
            jws.setAlgorithmConstraints(new org.jose4j.jwa.AlgorithmConstraints(
                    org.jose4j.jwa.AlgorithmConstraints.ConstraintType.PERMIT, algorithm));
            jws.setCompactSerialization(compact);
            if (!key.getKeyId().equals(jws.getKeyIdHeaderValue())) {
                return null;
            }
            jws.setKey(key.getPublicKey());
            return jws.verifySignature() ? jws.getPayload() : null;
        } catch (JoseException | RuntimeException e) {
            return null;
        }
    }

    public String keyId() {
        return key.getKeyId();
    }

    /** The public verification key as a JWK Set. */
    public String jwks() {
        return new JsonWebKeySet(key).toJson(JsonWebKey.OutputControlLevel.PUBLIC_ONLY);
    }
}
