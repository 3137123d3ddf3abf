package com.safesupport.platform.crypto;

import com.safesupport.platform.secrets.ProductionSecrets;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

/**
 * AES-256-GCM for personal data at rest. Each sealed value carries the id of its key so keys can rotate:
 * seal with the active key, open with whichever key sealed it. The associated data binds a value to its
 * place (e.g. the scope of a vault entry) so a ciphertext cannot be moved to another row unnoticed.
 */
@ApplicationScoped
public class Sealer {

    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecureRandom random = new SecureRandom();
    private final Map<String, SecretKey> keys = new HashMap<>();
    private final String activeKey;

    @Inject
    public Sealer(CryptoConfig config, org.eclipse.microprofile.config.Config settings) {
        this(config, ProductionSecrets.localKeysAllowed(settings));
    }

    Sealer(CryptoConfig config, boolean localKeyAllowed) {
        config.keys().forEach((id, base64) -> {
            if (!localKeyAllowed && (id.equals(ProductionSecrets.LOCAL_CRYPTO_KEY_ID) || base64.trim().equals(ProductionSecrets.LOCAL_CRYPTO_KEY))) {
                throw new IllegalStateException("suite.crypto.keys." + id + " is the public local key, refused outside dev and test: "
                        + "set CRYPTO_ACTIVE_KEY and SUITE_CRYPTO_KEYS_<ID> from a Secret");
            }
            byte[] raw = Base64.getDecoder().decode(base64.trim());
            if (raw.length != 32) {
                throw new IllegalStateException("suite.crypto.keys." + id + " must be 32 bytes (base64), found " + raw.length);
            }
            keys.put(id, new SecretKeySpec(raw, "AES"));
        });
        String active = config.activeKey().orElseThrow(() -> new IllegalStateException(
                "suite.crypto.active-key is not set: set CRYPTO_ACTIVE_KEY and its key SUITE_CRYPTO_KEYS_<ID> (base64 of 32 bytes)"));
        if (!keys.containsKey(active)) {
            throw new IllegalStateException("suite.crypto.active-key " + active + " is not among suite.crypto.keys");
        }
        this.activeKey = active;
    }

    /** A value sealed under a key: what to store, beside its key id. */
    public record Sealed(String keyId, byte[] ciphertext) {
    }

    public String activeKeyId() {
        return activeKey;
    }

    public Sealed seal(String plaintext, String associatedData) {
        return seal(plaintext.getBytes(StandardCharsets.UTF_8), associatedData);
    }

    public Sealed seal(byte[] plaintext, String associatedData) {
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, keys.get(activeKey), new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(associatedData.getBytes(StandardCharsets.UTF_8));
            byte[] body = cipher.doFinal(plaintext);
            byte[] out = new byte[IV_BYTES + body.length];
            System.arraycopy(iv, 0, out, 0, IV_BYTES);
            System.arraycopy(body, 0, out, IV_BYTES, body.length);
            return new Sealed(activeKey, out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM sealing failed", e);
        }
    }

    public String openString(Sealed sealed, String associatedData) {
        return new String(open(sealed, associatedData), StandardCharsets.UTF_8);
    }

    public byte[] open(Sealed sealed, String associatedData) {
        SecretKey key = keys.get(sealed.keyId());
        if (key == null) {
            throw new IllegalStateException("No key with id " + sealed.keyId() + " is configured; it may have been retired");
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed.ciphertext(), 0, IV_BYTES));
            cipher.updateAAD(associatedData.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(sealed.ciphertext(), IV_BYTES, sealed.ciphertext().length - IV_BYTES);
        } catch (GeneralSecurityException e) {
            // Wrong key, moved row or tampered bytes: all look the same to GCM, and none may be read.
            throw new IllegalStateException("AES-GCM authentication failed for a value sealed with key " + sealed.keyId());
        }
    }
}
