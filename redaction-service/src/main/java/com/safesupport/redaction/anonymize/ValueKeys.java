package com.safesupport.redaction.anonymize;

import com.safesupport.redaction.config.RedactionConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.text.Normalizer;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Keyed fingerprints of values: the HASH operator's output and the vault's lookup key. Values are
 * canonicalised first ("John  Smith" = "john smith", "+44 20 7946 0958" = "+442079460958") so one
 * person gets one tag however they were written.
 */
@ApplicationScoped
public class ValueKeys {

    private final SecretKeySpec key;

    @Inject
    public ValueKeys(RedactionConfig config) {
        this(Base64.getDecoder().decode(config.hash().key().trim()));
    }

    public ValueKeys(byte[] key) {
        if (key.length < 16) {
            throw new IllegalStateException("redaction.hash.key must be at least 16 bytes (base64)");
        }
        this.key = new SecretKeySpec(key, "HmacSHA256");
    }

    /** HMAC-SHA256 of the canonical value, hex. */
    public String fingerprint(String type, String value) {
        return hmac(type + "\u0000" + canonical(type, value));
    }

    /** HMAC-SHA256 of the canonical value alone (type-independent), hex: the HASH operator's replacement. */
    public String hash(String type, String value) {
        return hmac(canonical(type, value));
    }

    static String canonical(String type, String value) {
        String v = Normalizer.normalize(value, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).trim().replaceAll("\\s+", " ");
        return switch (type) {
            case "PHONE_NUMBER", "CREDIT_CARD", "IBAN_CODE", "US_SSN", "UK_NINO", "BANK_ACCOUNT", "ROUTING_NUMBER" ->
                    v.replaceAll("[\\s().\\-/]", "");
            default -> v;
        };
    }

    private String hmac(String s) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(s.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 unavailable", e);
        }
    }
}
