package com.safesupport.escalation;

import com.safesupport.testing.Tokens;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link Tokens#reusing()} (stop 59, ct5), which the endpoint audits use: the same arguments give the same signed token,
 * other arguments another, and a reused token carries the claims a fresh one would, with most of its lifetime left.
 */
class Ct5TokenReuseTest {

    private static final Tokens FRESH = new Tokens("escalation-service");

    @Test
    void theSameArgumentsGiveTheSameTokenAndOthersAnother() {
        Tokens reusing = FRESH.reusing();
        assertSame(reusing, reusing.reusing());
        String agent = reusing.user("5a000000-0000-4000-8000-00000000005a", "agent");
        assertEquals(agent, reusing.user("5a000000-0000-4000-8000-00000000005a", "agent"));
        assertNotEquals(agent, reusing.user("5a000000-0000-4000-8000-00000000005a", "supervisor"));
        assertNotEquals(agent, reusing.user("6b000000-0000-4000-8000-00000000006b", "agent"));
        assertNotEquals(agent, reusing.service("bot-service", "agent"));
        assertEquals(reusing.service("bot-service", "svc-bot"), reusing.service("bot-service", "svc-bot"));
        assertNotEquals(reusing.randomCustomer(), reusing.randomCustomer());
        for (String kind : new String[]{"expired", "wrongIssuer", "wrongAudience", "tampered", "foreignKey"}) {
            assertEquals(bad(reusing, kind, "agent"), bad(reusing, kind, "agent"), kind);
            assertNotEquals(bad(reusing, kind, "agent"), bad(reusing, kind, "supervisor"), kind);
        }
        // A reused tampered token is still tampered: its payload is not the one its signature was made for.
        String[] tampered = reusing.tampered("agent").split("\\.");
        String[] genuine = reusing.user("someone", "agent").split("\\.");
        assertEquals(genuine[2], tampered[2]);
        assertNotEquals(genuine[1], tampered[1]);
    }

    @Test
    void aReusedTokenCarriesAFreshTokensClaimsAndMostOfItsLifetime() {
        String reused = payload(FRESH.reusing().user("5a000000-0000-4000-8000-00000000005a", "agent", "supervisor"));
        String fresh = payload(FRESH.user("5a000000-0000-4000-8000-00000000005a", "agent", "supervisor"));
        // iat and exp are up to Tokens.REUSE older; jti is smallrye-jwt-build's random id, present in both.
        String times = "\"(iat|exp)\":\\d+|\"jti\":\"[0-9a-f-]{36}\"";
        assertEquals(fresh.replaceAll(times, ""), reused.replaceAll(times, ""));
        assertTrue(reused.contains("\"jti\":\"") && fresh.contains("\"jti\":\""), reused);
        long lifetime = claim(reused, "exp") - claim(reused, "iat");
        assertTrue(Tokens.REUSE.toSeconds() * 5 <= lifetime,
                "a token reused for " + Tokens.REUSE + " must keep most of its " + lifetime + " s lifetime");
    }

    private static String bad(Tokens tokens, String kind, String role) {
        return switch (kind) {
            case "expired" -> tokens.expired(role);
            case "wrongIssuer" -> tokens.wrongIssuer(role);
            case "wrongAudience" -> tokens.wrongAudience(role);
            case "tampered" -> tokens.tampered(role);
            default -> tokens.foreignKey(role);
        };
    }

    private static String payload(String token) {
        return new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
    }

    private static long claim(String payload, String name) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"" + name + "\":(\\d+)").matcher(payload);
        assertTrue(m.find(), name + " in " + payload);
        return Long.parseLong(m.group(1));
    }
}
