package com.safesupport.bot.redaction;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Texts in which redaction-service found no personal data at all, remembered for a while so that the same text (a
 * reply built from the same article) is not sent to it again on every turn. That is safe because redaction-service's
 * detection reads the text alone: the scope and the subject only name the vault that found values go to, so a text
 * with no findings has none in any conversation, and pseudonymising it writes nothing. A text with any finding is
 * never remembered and is checked every time. Kept as SHA-256 digests (no text is held), at most {@value #MAX}, each
 * for {@link #TTL}, so that a changed redaction-service (new rules) sees every text again within that time.
 */
@ApplicationScoped
public class CleanTexts {

    static final int MAX = 4096;
    static final Duration TTL = Duration.ofMinutes(10);

    private final ConcurrentHashMap<String, Instant> known = new ConcurrentHashMap<>();

    @Inject
    Clock clock;

    /** Was this exact text checked and found free of personal data less than {@link #TTL} ago? */
    public boolean known(String text) {
        String key = digest(text);
        Instant until = known.get(key);
        if (until == null) {
            return false;
        }
        if (!clock.instant().isBefore(until)) {
            known.remove(key, until);
            return false;
        }
        return true;
    }

    /** Remembers a text that redaction-service checked and found nothing in. */
    public void remember(String text) {
        Instant now = clock.instant();
        if (known.size() >= MAX) {
            known.values().removeIf(until -> !now.isBefore(until));
            if (known.size() >= MAX) {
                known.clear();
            }
        }
        known.put(digest(text), now.plus(TTL));
    }

    /** For tests and for a subject's erasure: every text is checked afresh. */
    public void clear() {
        known.clear();
    }

    int size() {
        return known.size();
    }

    private static String digest(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
