package com.safesupport.platform.web;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The CSRF token of a signed-in browser session: an HMAC over the session's identity (issuer, subject and the
 * identity provider's session id {@code sid}), so it needs no storage, survives token refreshes, is the same on
 * every replica that shares {@link WebConfig#secret()}, and changes with every new sign-in. A page renders it into
 * each form; {@link CsrfFilter} compares what comes back.
 */
@ApplicationScoped
public class CsrfTokens {

    /** The form field that carries the token. */
    public static final String FIELD = "csrf";
    /** The header that carries the token for requests a page's script sends. */
    public static final String HEADER = "X-CSRF-Token";

    private static final Logger LOG = Logger.getLogger(CsrfTokens.class);

    private final SecretKeySpec key;

    public CsrfTokens(WebConfig config) {
        byte[] secret;
        if (config.secret().isPresent()) {
            secret = sha256(config.secret().get().getBytes(StandardCharsets.UTF_8));
        } else {
            secret = new byte[32];
            new SecureRandom().nextBytes(secret);
            LOG.info("suite.web.secret (WEB_SESSION_SECRET) is not set: page forms are valid on this process only");
        }
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    /** The token of the caller's session; empty for an anonymous caller, who has no forms to protect. */
    public String tokenFor(SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous()) {
            return "";
        }
        String binding = identity.getPrincipal() instanceof JsonWebToken jwt
                ? jwt.getIssuer() + '\n' + jwt.getSubject() + '\n' + nullToEmpty(jwt.getClaim("sid"))
                : identity.getPrincipal().getName();
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            byte[] tag = mac.doFinal(("csrf\n" + binding).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(tag);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is unavailable", e);
        }
    }

    /** Whether {@code presented} is the caller's token (compared in constant time). */
    public boolean matches(SecurityIdentity identity, String presented) {
        if (presented == null || presented.isEmpty() || identity == null || identity.isAnonymous()) {
            return false;
        }
        return MessageDigest.isEqual(tokenFor(identity).getBytes(StandardCharsets.US_ASCII),
                presented.getBytes(StandardCharsets.UTF_8));
    }

    private static String nullToEmpty(Object value) {
        return value == null ? "" : value.toString();
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
