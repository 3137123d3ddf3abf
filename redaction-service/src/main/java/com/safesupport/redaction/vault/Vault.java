package com.safesupport.redaction.vault;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import com.safesupport.platform.crypto.Sealer;
import com.safesupport.platform.persistence.AdvisoryLock;
import com.safesupport.redaction.anonymize.ValueKeys;
import com.safesupport.redaction.config.RedactionConfig;
import io.quarkus.runtime.annotations.RegisterForReflection;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The scope-wide memory of values: hands out stable tags per scope ({@code <PERSON_1>} is the same person
 * in every message of a conversation), keeps pseudonymised originals sealed with the platform
 * {@link Sealer} under the active key id, restores them for the restore role, and exports or erases
 * everything kept for a data subject. Entries expire {@code redaction.vault.ttl} after their last use.
 */
@ApplicationScoped
public class Vault {

    private static final Logger LOG = Logger.getLogger(Vault.class);
    static final Pattern TAG = Pattern.compile("<([A-Z][A-Z0-9_]*?)_(\\d{1,6})>");

    /** A value to tag: its type and the original text. */
    public record Value(String type, String original) {
    }

    /** One exported vault record; {@code value} is null when only a tag was handed out. */
    @RegisterForReflection
    public record Record(String scope, String entityType, String tag, String value, String keyId, Instant createdAt,
                         Instant expiresAt) {
    }

    public record Restored(String text, int tagsFound, int tagsRestored) {
    }

    @Inject
    Sealer sealer;

    @Inject
    ValueKeys keys;

    @Inject
    RedactionConfig config;

    @Inject
    Clock clock;

    @Inject
    EntityManager em;

    /**
     * The tags of the given values in a scope, creating the missing ones. With {@code keepOriginals} the
     * originals are sealed into the vault (PSEUDONYMIZE); without, only fingerprints are kept (TAG).
     *
     * @return fingerprint → tag
     */
    @Transactional
    public Map<String, String> assign(String scope, String subjectId, List<Value> values, boolean keepOriginals) {
        // One writer per scope at a time: numbering reads the highest number, then inserts the next.
        AdvisoryLock.hold(em, scope);
        Instant now = clock.instant();
        Instant expires = now.plus(config.vault().ttl());
        Map<String, VaultEntry> byFingerprint = new HashMap<>();
        Map<String, Integer> highest = new HashMap<>();
        for (VaultEntry e : VaultEntry.ofScope(scope)) {
            byFingerprint.put(e.entityType + "/" + e.fingerprint, e);
            highest.merge(e.entityType, e.number, Math::max);
        }
        Map<String, String> tags = new LinkedHashMap<>();
        for (Value v : values) {
            String fingerprint = keys.fingerprint(v.type(), v.original());
            VaultEntry entry = byFingerprint.get(v.type() + "/" + fingerprint);
            if (entry == null) {
                entry = new VaultEntry();
                entry.id = UUID.randomUUID();
                entry.scope = scope;
                entry.entityType = v.type();
                entry.number = highest.merge(v.type(), 1, Integer::sum);
                entry.tag = "<" + v.type() + "_" + entry.number + ">";
                entry.fingerprint = fingerprint;
                entry.createdAt = now;
                entry.expiresAt = expires;
                entry.subjectId = subjectId;
                if (keepOriginals) {
                    seal(entry, v.original());
                }
                // Hibernate inserts the state as of persist(): everything not-null is set above.
                entry.persist();
                byFingerprint.put(v.type() + "/" + fingerprint, entry);
            }
            entry.expiresAt = expires;
            if (entry.subjectId == null && subjectId != null) {
                entry.subjectId = subjectId;
            }
            if (keepOriginals && (entry.ciphertext == null || !sealer.activeKeyId().equals(entry.keyId))) {
                // Re-sealing under the active key on use rotates keys without a batch job.
                seal(entry, v.original());
            }
            tags.put(fingerprint, entry.tag);
        }
        return tags;
    }

    private void seal(VaultEntry entry, String original) {
        Sealer.Sealed sealed = sealer.seal(original, entry.associatedData());
        entry.keyId = sealed.keyId();
        entry.ciphertext = sealed.ciphertext();
    }

    /** Replaces the scope's tags in a text by their originals; tags without a stored original stay. Audited. */
    @Transactional
    public Restored restore(String text, String scope, String caller, String clientId) {
        Matcher m = TAG.matcher(text);
        List<String> found = new ArrayList<>();
        while (m.find()) {
            found.add(m.group());
        }
        Map<String, String> originals = new HashMap<>();
        if (!found.isEmpty()) {
            for (VaultEntry e : VaultEntry.restorable(scope, found.stream().distinct().toList(), clock.instant())) {
                originals.put(e.tag, sealer.openString(new Sealer.Sealed(e.keyId, e.ciphertext), e.associatedData()));
            }
        }
        int[] restored = {0};
        // RE2/J (linear time) on the caller's text, like every other scan of untrusted text in this service.
        Matcher r = TAG.matcher(text);
        StringBuilder rebuilt = new StringBuilder(text.length());
        while (r.find()) {
            String original = originals.get(r.group());
            if (original == null) {
                r.appendReplacement(rebuilt, Matcher.quoteReplacement(r.group()));
            } else {
                restored[0]++;
                r.appendReplacement(rebuilt, Matcher.quoteReplacement(original));
            }
        }
        String out = r.appendTail(rebuilt).toString();
        RestoreAudit audit = new RestoreAudit();
        audit.id = UUID.randomUUID();
        audit.restoredAt = clock.instant();
        audit.caller = caller;
        audit.clientId = clientId;
        audit.scope = scope;
        audit.tagsFound = found.size();
        audit.tagsRestored = restored[0];
        audit.persist();
        LOG.infof("Restore by client %s: %d of %d tags restored (audit %s)", clientId, restored[0], found.size(), audit.id);
        return new Restored(out, found.size(), restored[0]);
    }

    /** The audit scope of a Presidio-shaped {@code /v1/deanonymize} call (no vault scope: the caller holds the key). */
    public static final String DEANONYMIZE_SCOPE = "presidio-deanonymize";

    /**
     * Audits one {@code /v1/deanonymize} call as {@link #restore} audits its own: who, when, how many values were
     * asked for and decrypted, never a value or the key.
     */
    @Transactional
    public void auditDeanonymize(String caller, String clientId, int asked, int decrypted) {
        RestoreAudit audit = new RestoreAudit();
        audit.id = UUID.randomUUID();
        audit.restoredAt = clock.instant();
        audit.caller = caller;
        audit.clientId = clientId;
        audit.scope = DEANONYMIZE_SCOPE;
        audit.tagsFound = asked;
        audit.tagsRestored = decrypted;
        audit.persist();
        LOG.infof("Deanonymize by client %s: %d of %d values decrypted (audit %s)", clientId, decrypted, asked, audit.id);
    }

    /** Everything kept for a subject, originals opened (this is the subject's own data, for an access request). */
    @Transactional
    public List<Record> export(String subjectId) {
        List<Record> records = new ArrayList<>();
        for (VaultEntry e : VaultEntry.ofSubject(subjectId)) {
            String value = e.ciphertext == null ? null : sealer.openString(new Sealer.Sealed(e.keyId, e.ciphertext), e.associatedData());
            records.add(new Record(e.scope, e.entityType, e.tag, value, e.keyId, e.createdAt, e.expiresAt));
        }
        return records;
    }

    @Transactional
    public long eraseSubject(String subjectId) {
        return VaultEntry.delete("subjectId", subjectId);
    }

    @Transactional
    public long eraseScope(String scope) {
        return VaultEntry.delete("scope", scope);
    }

    @Scheduled(every = "${redaction.vault.purge-every:1h}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purgeOnSchedule() {
        purgeExpired();
    }

    @Transactional
    public long purgeExpired() {
        long purged = VaultEntry.delete("expiresAt <= ?1", clock.instant());
        if (purged > 0) {
            LOG.infof("Purged %d expired vault entries", purged);
        }
        return purged;
    }
}
