package com.safesupport.bot.conversation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.safesupport.bot.config.BotConfig;
import com.safesupport.platform.crypto.Sealer;
import com.safesupport.platform.problem.DomainException;
import com.safesupport.platform.problem.RetryLater;
import com.safesupport.platform.schedule.SchedulerTicks;
import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.annotations.RegisterForReflection;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The optional {@code Idempotency-Key} of a customer message (the semantics of escalation-service's keys, docs/bot.md
 * "Faults, tenth sweep (fm9)"): one row per conversation and key in {@code message_idempotency}. The key is claimed
 * {@code IN_FLIGHT} in the admission's transaction (a refused message leaves no claim) and completed with the answer in
 * the turn's transaction, so the answer is stored exactly when the turn is: a request that died before its commit
 * leaves only the claim, which the next request takes over after {@code bot.idempotency.in-flight-timeout}. The
 * answer is the reply's JSON, sealed like transcript lines (AES-GCM with its key id, bound to the row): the identical
 * body comes back on a replay, which the decision record and the transcript could not rebuild (the explanation's
 * guardrail rules and scores, the articles' titles at the time). Neither the key nor the text is stored or logged: the
 * row holds their SHA-256 digests, the log the first eight hex digits of the key's.
 * <p>
 * A request whose turn failed frees its key at once, so that its retry runs at once; when it cannot (the database
 * went away during the turn, which is often why the turn failed), this replica remembers the claim (bounded, in
 * memory: {@link #UNRELEASED_LIMIT}) and frees it as soon as the database answers again — every
 * {@code bot.idempotency.release-every}, and at once when the key's retry reaches this replica — instead of leaving
 * its retries 409 until the lease ends (docs/bot.md, "Faults, thirteenth sweep (fm12)"). Safe with replicas: only an
 * {@code IN_FLIGHT} row still held by the failed owner is freed or taken over, and a turn commits only together with
 * its key's {@code DONE} for the same owner — if the failed turn did commit after all, its row is {@code DONE} and is
 * replayed, never answered twice.
 */
// The reply is serialised here with the service's ObjectMapper (the same the REST layer uses for it), so its types
// keep their accessors in a native image whatever the REST layer registers.
@RegisterForReflection(targets = {Views.Reply.class, Views.Source.class, Views.Explanation.class, Views.GuardrailRun.class,
        Views.HandoffRef.class})
@ApplicationScoped
public class MessageKeys {

    public static final String HEADER = "Idempotency-Key";

    static final int MAX_KEY_LENGTH = 255;

    /**
     * Claims of failed turns this replica remembers until the database answers; beyond it the oldest is forgotten
     * and its key waits for its lease, as before fm12 (a warning says so).
     */
    static final int UNRELEASED_LIMIT = 1_000;

    private static final Logger LOG = Logger.getLogger(MessageKeys.class);

    private static final String CLAIM = """
            insert into message_idempotency (conversation_id, key_hash, subject_id, request_hash, state, owner, locked_at,
                                             expires_at)
            select id, ?, subject_id, ?, 'IN_FLIGHT', ?, ?, ? from conversation where id = ? and subject_id = ?
            on conflict (conversation_id, key_hash) do nothing
            """;

    private static final String READ = """
            select request_hash, state, locked_at, expires_at, response_key_id, response_sealed, owner from message_idempotency
            where conversation_id = ? and key_hash = ? and subject_id = ? for update
            """;

    private static final String TAKE = """
            update message_idempotency set request_hash = ?, state = 'IN_FLIGHT', owner = ?, locked_at = ?,
              expires_at = case when ? then ? else expires_at end, message_id = null, response_key_id = null,
              response_sealed = null
            where conversation_id = ? and key_hash = ?
            """;

    private static final String COMPLETE = """
            update message_idempotency set state = 'DONE', message_id = ?, response_key_id = ?, response_sealed = ?
            where conversation_id = ? and key_hash = ? and owner = ? and state = 'IN_FLIGHT'
            """;

    private static final String REVISE = """
            update message_idempotency set response_key_id = ?, response_sealed = ?
            where conversation_id = ? and key_hash = ? and owner = ? and state = 'DONE'
            """;

    private static final String RELEASE = """
            delete from message_idempotency where conversation_id = ? and key_hash = ? and owner = ? and state = 'IN_FLIGHT'
            """;

    /** A message's key: the conversation, the SHA-256 of the key and of the message text. */
    public record Key(UUID conversationId, byte[] keyHash, byte[] requestHash) {

        /** What a log line may name: the first eight hex digits of the key's digest. */
        public String logId() {
            return HexFormat.of().formatHex(keyHash, 0, 4);
        }

        String associatedData() {
            return "message-idempotency:" + conversationId + ":" + HexFormat.of().formatHex(keyHash);
        }
    }

    /** What a request may do with its key. */
    public sealed interface Claim permits Owned, Replay {
    }

    /** The request owns the key: it records the turn and completes the key in that transaction, or releases it. */
    public record Owned(Key key, UUID owner) implements Claim {
    }

    /** The key's first request committed its turn: answer its reply (the JSON as first sent). */
    public record Replay(String body) implements Claim {
    }

    @Inject
    AgroalDataSource dataSource;

    @Inject
    Sealer sealer;

    @Inject
    ObjectMapper json;

    @Inject
    BotConfig config;

    @Inject
    SchedulerTicks ticks;

    @Inject
    Clock clock;

    /** Owner → key of the claims of failed turns that could not be released yet (guarded by itself, oldest first). */
    private final Map<UUID, Key> unreleased = new LinkedHashMap<>();

    /**
     * The key a request sent, or null without the header; 400 {@code idempotency-key-invalid} unless it is one header of
     * 1 to 255 visible ASCII characters (the detail never quotes it).
     */
    public static Key of(UUID conversationId, List<String> headerValues, String text) {
        if (headerValues == null || headerValues.isEmpty()) {
            return null;
        }
        if (headerValues.size() > 1) {
            throw invalid();
        }
        String key = headerValues.getFirst();
        if (key == null || key.isEmpty() || key.length() > MAX_KEY_LENGTH || !key.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            throw invalid();
        }
        return new Key(conversationId, sha256(key), sha256(text == null ? "" : text));
    }

    private static DomainException invalid() {
        return DomainException.badRequest("idempotency-key-invalid",
                "The Idempotency-Key must be one header of 1 to 255 visible ASCII characters");
    }

    /**
     * Claims {@code key} for the caller, inside the admission's transaction: {@link Owned}, a {@link Replay}, or 422
     * {@code idempotency-key-reused} / 409 {@code idempotency-key-in-flight}. Null when the conversation is not the
     * caller's (or does not exist): nothing is claimed and the admission answers 404 as without a key.
     */
    Claim claim(Connection connection, Key key, String subject) throws SQLException {
        OffsetDateTime now = now();
        for (int attempt = 0; attempt < 2; attempt++) {
            UUID owner = UUID.randomUUID();
            try (PreparedStatement s = connection.prepareStatement(CLAIM)) {
                s.setBytes(1, key.keyHash());
                s.setBytes(2, key.requestHash());
                s.setObject(3, owner);
                s.setObject(4, now);
                s.setObject(5, now.plus(config.idempotency().retention()));
                s.setObject(6, key.conversationId());
                s.setString(7, subject);
                if (s.executeUpdate() == 1) {
                    return new Owned(key, owner);
                }
            }
            try (PreparedStatement s = connection.prepareStatement(READ)) {
                s.setObject(1, key.conversationId());
                s.setBytes(2, key.keyHash());
                s.setString(3, subject);
                try (ResultSet row = s.executeQuery()) {
                    if (row.next()) {
                        return decide(connection, key, owner, now, row);
                    }
                }
            }
            // No row: not the caller's conversation, or the purge took the key between the two statements (try again).
        }
        return null;
    }

    private Claim decide(Connection connection, Key key, UUID owner, OffsetDateTime now, ResultSet row) throws SQLException {
        Instant lockedAt = row.getObject(3, OffsetDateTime.class).toInstant();
        Instant expiresAt = row.getObject(4, OffsetDateTime.class).toInstant();
        if (!expiresAt.isAfter(now.toInstant())) {
            take(connection, key, owner, now, true);
            return new Owned(key, owner);
        }
        if (!Arrays.equals(key.requestHash(), row.getBytes(1))) {
            throw new DomainException(422, "idempotency-key-reused", "Unprocessable Content",
                    "This Idempotency-Key was used with another message in this conversation");
        }
        if ("DONE".equals(row.getString(2))) {
            LOG.debugf("Message key %s replayed: the first answer, no new turn", key.logId());
            return new Replay(sealer.openString(new Sealer.Sealed(row.getString(5), row.getBytes(6)), key.associatedData()));
        }
        UUID holder = row.getObject(7, UUID.class);
        if (failed(holder)) {
            // The turn holding it failed on this replica and could not free it (the database was away): not in flight.
            LOG.infof("Message key %s was held by a turn that failed on this replica; the retry processes the message",
                    key.logId());
            take(connection, key, owner, now, false);
            return new Owned(key, owner);
        }
        Instant leaseEnds = lockedAt.plus(config.idempotency().inFlightTimeout());
        if (leaseEnds.isAfter(now.toInstant())) {
            long seconds = Duration.between(now.toInstant(), leaseEnds).toSeconds() + 1;
            throw new RetryLater(409, "idempotency-key-in-flight", "Conflict",
                    "A message with this Idempotency-Key is being processed; retry shortly", seconds);
        }
        LOG.warnf("Message key %s was in flight for over %s: its first request did not finish (a replica stopped?); "
                + "the retry processes the message", key.logId(), config.idempotency().inFlightTimeout());
        take(connection, key, owner, now, false);
        return new Owned(key, owner);
    }

    private void take(Connection connection, Key key, UUID owner, OffsetDateTime now, boolean fresh) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(TAKE)) {
            s.setBytes(1, key.requestHash());
            s.setObject(2, owner);
            s.setObject(3, now);
            s.setBoolean(4, fresh);
            s.setObject(5, now.plus(config.idempotency().retention()));
            s.setObject(6, key.conversationId());
            s.setBytes(7, key.keyHash());
            s.executeUpdate();
        }
    }

    /**
     * Stores the answer and marks the key done, in the turn's transaction (on its connection); throws 409 when another
     * request took the key over meanwhile, which rolls the turn back: only one of them records a turn.
     */
    void complete(Connection connection, Owned owned, Views.Reply reply) throws SQLException {
        Sealer.Sealed sealed = seal(owned.key(), reply);
        try (PreparedStatement s = connection.prepareStatement(COMPLETE)) {
            s.setObject(1, reply.messageId());
            s.setString(2, sealed.keyId());
            s.setBytes(3, sealed.ciphertext());
            s.setObject(4, owned.key().conversationId());
            s.setBytes(5, owned.key().keyHash());
            s.setObject(6, owned.owner());
            if (s.executeUpdate() != 1) {
                LOG.warnf("Message key %s was taken over by a later request while this turn ran; this turn is not recorded",
                        owned.key().logId());
                throw new RetryLater(409, "idempotency-key-in-flight", "Conflict",
                        "A later request with this Idempotency-Key took it over; retry shortly", 1);
            }
        }
    }

    /**
     * Replaces the stored answer with the one finally sent (a hand-off's ticket is known only after the commit). Best
     * effort: should it fail, a replay shows the hand-off as queued, as the customer would have seen it with
     * escalation-service down.
     */
    void revise(Owned owned, Views.Reply reply) {
        Sealer.Sealed sealed = seal(owned.key(), reply);
        try (Connection connection = dataSource.getConnection(); PreparedStatement s = connection.prepareStatement(REVISE)) {
            connection.setAutoCommit(true);
            s.setString(1, sealed.keyId());
            s.setBytes(2, sealed.ciphertext());
            s.setObject(3, owned.key().conversationId());
            s.setBytes(4, owned.key().keyHash());
            s.setObject(5, owned.owner());
            s.executeUpdate();
        } catch (SQLException e) {
            LOG.warnf("The answer of message key %s could not be revised with its ticket (%s)", owned.key().logId(),
                    e.getClass().getSimpleName());
        }
    }

    /**
     * Frees the key of a request that failed before its turn was recorded, so that a retry runs at once; if the
     * database does not answer, the claim is remembered and freed when it answers again ({@link #releaseUnreleased}).
     */
    void release(Owned owned) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            delete(connection, owned.key(), owned.owner());
        } catch (SQLException e) {
            remember(owned);
            LOG.warnf("Message key %s could not be released (%s); it is freed when the database answers again",
                    owned.key().logId(), e.getClass().getSimpleName());
        }
    }

    private static void delete(Connection connection, Key key, UUID owner) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(RELEASE)) {
            s.setObject(1, key.conversationId());
            s.setBytes(2, key.keyHash());
            s.setObject(3, owner);
            s.executeUpdate();
        }
    }

    void remember(Owned owned) {
        synchronized (unreleased) {
            unreleased.put(owned.owner(), owned.key());
            if (unreleased.size() > UNRELEASED_LIMIT) {
                var eldest = unreleased.entrySet().iterator();
                Key forgotten = eldest.next().getValue();
                eldest.remove();
                LOG.warnf("Over %d unreleased message keys: key %s waits for its lease", UNRELEASED_LIMIT, forgotten.logId());
            }
        }
    }

    private boolean failed(UUID owner) {
        synchronized (unreleased) {
            return unreleased.containsKey(owner);
        }
    }

    /** How many claims of failed turns wait for the database (tests, the doc's figures). */
    int unreleasedCount() {
        synchronized (unreleased) {
            return unreleased.size();
        }
    }

    @Scheduled(every = "${bot.idempotency.release-every:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledRelease() {
        releaseUnreleased();
    }

    /**
     * Frees the remembered claims of failed turns, oldest first, while the database answers; what it cannot free
     * waits for the next run. A claim taken over meanwhile (by its retry, or after its lease) or completed (the failed
     * turn's commit had reached the database after all) is left as it is: the delete names the failed owner and
     * {@code IN_FLIGHT}. Returns how many were freed or found no longer held.
     */
    int releaseUnreleased() {
        List<Map.Entry<UUID, Key>> waiting;
        synchronized (unreleased) {
            if (unreleased.isEmpty()) {
                return 0;
            }
            waiting = new ArrayList<>(unreleased.size());
            unreleased.forEach((owner, key) -> waiting.add(Map.entry(owner, key)));
        }
        int done = 0;
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            for (Map.Entry<UUID, Key> claim : waiting) {
                delete(connection, claim.getValue(), claim.getKey());
                synchronized (unreleased) {
                    unreleased.remove(claim.getKey());
                }
                done++;
            }
        } catch (SQLException e) {
            LOG.debugf("%d message keys still wait for the database (%s)", waiting.size() - done, e.getClass().getSimpleName());
        }
        if (done > 0) {
            LOG.infof("Released %d message keys of turns that failed while the database was away", done);
        }
        return done;
    }

    /** Erasure: the subject's keys and answers, in the caller's transaction; how many went. */
    public long forget(String subjectId) {
        return Conversation.getEntityManager().createNativeQuery("delete from message_idempotency where subject_id = ?1")
                .setParameter(1, subjectId).executeUpdate();
    }

    @Scheduled(every = "${bot.idempotency.purge-every:1h}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledPurge() {
        if (ticks.claim("message-idempotency-purge", config.idempotency().purgeEvery())) { // once per tick across replicas
            purge();
        }
    }

    /** Forgets keys past their retention; returns how many went. */
    public int purge() {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement s = connection.prepareStatement("delete from message_idempotency where expires_at <= ?")) {
            connection.setAutoCommit(true);
            s.setObject(1, now());
            int purged = s.executeUpdate();
            if (purged > 0) {
                LOG.infof("Purged %d message keys past retention", purged);
            }
            return purged;
        } catch (SQLException e) {
            throw new IllegalStateException("The message keys could not be purged", e);
        }
    }

    private Sealer.Sealed seal(Key key, Views.Reply reply) {
        try {
            return sealer.seal(json.writeValueAsString(reply), key.associatedData());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The answer could not be serialised", e);
        }
    }

    private OffsetDateTime now() {
        return clock.instant().atOffset(ZoneOffset.UTC);
    }

    static byte[] sha256(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
