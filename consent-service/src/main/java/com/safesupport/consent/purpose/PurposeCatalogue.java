package com.safesupport.consent.purpose;

import com.safesupport.platform.problem.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The purpose catalogue. Decisions read it on every call, so it is held in memory and reloaded at most
 * {@link #REFRESH} after a change made by another replica (the same bound the decision's max-age gives).
 */
@ApplicationScoped
public class PurposeCatalogue {

    static final Duration REFRESH = Duration.ofSeconds(5);
    static final Set<String> LEGAL_BASES = Set.of("consent", "contract", "legitimate-interest", "legal-obligation");
    private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9-]{1,62}");

    @Inject
    Clock clock;

    private volatile Map<String, PurposeView> purposes;
    private volatile Instant loadedAt = Instant.EPOCH;

    public Optional<PurposeView> find(String code) {
        return Optional.ofNullable(all().get(code));
    }

    public PurposeView require(String code) {
        return find(code).orElseThrow(() -> DomainException.notFound("Purpose"));
    }

    public Map<String, PurposeView> all() {
        Map<String, PurposeView> current = purposes;
        if (current == null || Instant.now().isAfter(loadedAt.plus(REFRESH))) {
            current = reload();
        }
        return current;
    }

    @Transactional
    synchronized Map<String, PurposeView> reload() {
        Map<String, PurposeView> loaded = new TreeMap<>();
        for (Purpose p : Purpose.<Purpose>listAll()) {
            PurposeNotice n = PurposeNotice.find(p.code, p.currentNotice);
            loaded.put(p.code, new PurposeView(p.code, p.name, p.description, p.dpvPurpose, p.legalBasis, p.retention,
                    p.consentValidity, p.currentNotice, p.reconsentFrom, n.text, n.sha256, n.language, n.publishedAt));
        }
        purposes = Map.copyOf(loaded);
        loadedAt = Instant.now();
        return purposes;
    }

    /** What a privacy officer may set on a purpose. The notice is versioned separately. */
    public record PurposeDefinition(String name, String description, String dpvPurpose, String legalBasis,
                                    String retention, String consentValidity, String noticeText, String noticeLanguage) {
    }

    @Transactional
    public PurposeView define(String code, PurposeDefinition definition) {
        if (!CODE.matcher(code).matches()) {
            throw DomainException.badRequest("invalid-purpose-code", "A purpose code is lower-case letters, digits and dashes");
        }
        if (!LEGAL_BASES.contains(definition.legalBasis())) {
            throw DomainException.badRequest("invalid-legal-basis",
                    "legalBasis must be one of consent, contract, legal-obligation, legitimate-interest");
        }
        requirePeriod("retention", definition.retention());
        requirePeriod("consentValidity", definition.consentValidity());
        Purpose purpose = Purpose.findById(code);
        boolean created = purpose == null;
        if (created) {
            if (definition.noticeText() == null || definition.noticeText().isBlank()) {
                throw DomainException.badRequest("notice-required", "A new purpose needs its first notice text");
            }
            purpose = new Purpose();
            purpose.code = code;
            purpose.currentNotice = 1;
            purpose.reconsentFrom = 1;
        }
        purpose.name = definition.name();
        purpose.description = definition.description();
        purpose.dpvPurpose = definition.dpvPurpose();
        purpose.legalBasis = definition.legalBasis();
        purpose.retention = definition.retention();
        purpose.consentValidity = definition.consentValidity();
        purpose.updatedAt = clock.instant();
        if (created) {
            purpose.persist();
            notice(code, 1, definition.noticeText(), language(definition.noticeLanguage()), true);
        }
        return reload().get(code);
    }

    /** Publishes a new notice version. A material change makes every earlier consent for the purpose ask again. */
    @Transactional
    public PurposeView publishNotice(String code, String text, String language, boolean material) {
        Purpose purpose = Purpose.findById(code);
        if (purpose == null) {
            throw DomainException.notFound("Purpose");
        }
        int version = purpose.currentNotice + 1;
        notice(code, version, text, language(language), material);
        purpose.currentNotice = version;
        if (material) {
            purpose.reconsentFrom = version;
        }
        purpose.updatedAt = clock.instant();
        return reload().get(code);
    }

    public List<PurposeNotice> notices(String code) {
        require(code);
        return PurposeNotice.of(code);
    }

    private void notice(String code, int version, String text, String language, boolean material) {
        PurposeNotice notice = new PurposeNotice();
        notice.purposeCode = code;
        notice.version = version;
        notice.language = language;
        notice.text = text;
        notice.sha256 = sha256(text);
        notice.material = material;
        notice.publishedAt = clock.instant();
        notice.persist();
    }

    private static String language(String language) {
        return language == null || language.isBlank() ? "en" : language;
    }

    private static void requirePeriod(String field, String value) {
        try {
            Period.parse(value);
        } catch (DateTimeParseException | NullPointerException e) {
            throw DomainException.badRequest("invalid-period", field + " must be an ISO 8601 period such as P1Y or P30D");
        }
    }

    public static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
