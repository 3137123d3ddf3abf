package com.safesupport.consent.ledger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The ledger's hashing rules. An event's payload is canonical JSON (keys sorted, no whitespace, absent values
 * left out, times as RFC 3339 UTC with microseconds); {@code payloadHash = SHA-256(salt + "\n" + payload)} with a
 * random salt per event ({@code SHA-256(payload)} for events written before salts) and
 * {@code hash = SHA-256(prevHash + "\n" + seq + "\n" + payloadHash)}. The first link's prevHash is 64 zeros.
 * Because the chain covers the payload only through its hash, erasing a payload keeps every link checkable; erasing
 * the salt with it leaves nothing to test a guessed payload against.
 */
public final class LedgerChain {

    public static final String GENESIS = "0".repeat(64);
    private static final ObjectMapper CANONICAL = new ObjectMapper()
            .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

    private LedgerChain() {
    }

    public static String canonical(EventDetails e) {
        Map<String, Object> fields = new TreeMap<>();
        put(fields, "eventId", e.eventId().toString());
        put(fields, "subjectId", e.subjectId());
        put(fields, "purpose", e.purpose());
        put(fields, "kind", e.kind().name());
        put(fields, "noticeVersion", e.noticeVersion());
        put(fields, "noticeSha256", e.noticeSha256());
        put(fields, "channel", e.channel());
        put(fields, "jurisdiction", e.jurisdiction());
        put(fields, "collectionMethod", e.collectionMethod());
        put(fields, "actorId", e.actorId());
        put(fields, "actorRole", e.actorRole());
        put(fields, "onBehalf", e.onBehalf());
        put(fields, "language", e.language());
        put(fields, "occurredAt", time(e.occurredAt()));
        put(fields, "expiresAt", e.expiresAt() == null ? null : time(e.expiresAt()));
        put(fields, "reason", e.reason());
        put(fields, "actorAuthority", e.actorAuthority());
        try {
            return CANONICAL.writeValueAsString(fields);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("canonical encoding failed", ex);
        }
    }

    public static Map<String, Object> parse(String payload) {
        try {
            return CANONICAL.readValue(payload, new TypeReference<TreeMap<String, Object>>() {
            });
        } catch (JsonProcessingException ex) {
            throw new IllegalArgumentException("payload is not canonical JSON");
        }
    }

    public static EventDetails details(String payload) {
        Map<String, Object> f = parse(payload);
        return new EventDetails(UUID.fromString((String) f.get("eventId")), (String) f.get("subjectId"),
                (String) f.get("purpose"), EventKind.valueOf((String) f.get("kind")),
                ((Number) f.get("noticeVersion")).intValue(), (String) f.get("noticeSha256"), (String) f.get("channel"),
                (String) f.get("jurisdiction"), (String) f.get("collectionMethod"), (String) f.get("actorId"),
                (String) f.get("actorRole"), Boolean.TRUE.equals(f.get("onBehalf")), (String) f.get("language"),
                Instant.parse((String) f.get("occurredAt")),
                f.get("expiresAt") == null ? null : Instant.parse((String) f.get("expiresAt")), (String) f.get("reason"),
                (String) f.get("actorAuthority"));
    }

    /** Times enter the ledger at the precision PostgreSQL keeps, so row and payload agree. */
    public static Instant truncate(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }

    /** 256 random bits, hex. */
    public static String newSalt() {
        byte[] salt = new byte[32];
        // A new generator per salt, not a static one: a native image initialises this class at build time, and a
        // SecureRandom seeded then would be frozen into the executable (the native build refuses it). One salt per
        // ledger event makes the cost irrelevant.
        new java.security.SecureRandom().nextBytes(salt);
        return HexFormat.of().formatHex(salt);
    }

    public static String payloadHash(String salt, String payload) {
        return salt == null ? sha256(payload) : sha256(salt + "\n" + payload);
    }

    public static String link(String prevHash, long seq, String payloadHash) {
        return sha256(prevHash + "\n" + seq + "\n" + payloadHash);
    }

    public static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private static String time(Instant instant) {
        return truncate(instant).toString();
    }

    private static void put(Map<String, Object> fields, String key, Object value) {
        if (value != null) {
            fields.put(key, value);
        }
    }
}
