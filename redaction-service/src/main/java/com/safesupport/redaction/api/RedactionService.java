package com.safesupport.redaction.api;

import com.safesupport.platform.problem.DomainException;
import com.safesupport.redaction.anonymize.Anonymizer;
import com.safesupport.redaction.anonymize.Operator;
import com.safesupport.redaction.anonymize.ValueKeys;
import com.safesupport.redaction.config.RedactionConfig;
import com.safesupport.redaction.detect.AdHocRecognizers;
import com.safesupport.redaction.detect.Analyzer;
import com.safesupport.redaction.detect.Deadline;
import com.safesupport.redaction.detect.DetectionEngine;
import com.safesupport.redaction.detect.Finding;
import com.safesupport.redaction.vault.Vault;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Detect, then replace: the one place the redaction endpoints (ours and the Presidio-shaped ones) go
 * through, so limits, defaults and tag numbering are the same everywhere.
 */
@ApplicationScoped
public class RedactionService {

    @Inject
    DetectionEngine engine;

    @Inject
    RedactionConfig config;

    @Inject
    ValueKeys keys;

    @Inject
    Vault vault;

    private Anonymizer anonymizer;

    @jakarta.annotation.PostConstruct
    void init() {
        String c = config.mask().character();
        anonymizer = new Anonymizer(c.isEmpty() ? '*' : c.charAt(0), config.mask().keepLast(), keys);
    }

    Anonymizer anonymizer() {
        return anonymizer;
    }

    public List<Finding> analyze(String text, String language, List<String> entities, Double threshold,
                                 List<String> allowList, List<String> denyList) {
        return analyze(text, language, entities, threshold, allowList, denyList, null, null);
    }

    /** {@link #analyze} with recognisers sent with the request and a regex allow list (Presidio's; each may be null). */
    List<Finding> analyze(String text, String language, List<String> entities, Double threshold, List<String> allowList,
                          List<String> denyList, AdHocRecognizers adHoc, com.google.re2j.Pattern allowRegex) {
        checkSize(text);
        Analyzer.Options options = options(language(language), entities, threshold, allowList, denyList, adHoc, allowRegex);
        try {
            return engine.analyzer().analyze(text, options, Deadline.in(deadlineNanos(text)));
        } catch (Deadline.Exceeded e) {
            throw new DetectionTimedOut(config.retryAfterSeconds());
        }
    }

    /**
     * {@link #analyze} for several texts with the same options, in one {@link Analyzer#analyzeAll} call: the same findings
     * per text, the same checks in the same order (each text's size, the language after the first text's size), and each
     * text its own deadline, spent only while the engine works on that text; one text past its deadline fails the whole
     * call, as it fails a batch analysed text by text.
     */
    List<List<Finding>> analyzeAll(List<String> texts, String language, List<String> entities, Double threshold,
                                   List<String> allowList, List<String> denyList) {
        return analyzeAll(texts, language, entities, threshold, allowList, denyList, null, null);
    }

    List<List<Finding>> analyzeAll(List<String> texts, String language, List<String> entities, Double threshold,
                                   List<String> allowList, List<String> denyList, AdHocRecognizers adHoc,
                                   com.google.re2j.Pattern allowRegex) {
        String lang = null;
        long[] nanos = new long[texts.size()];
        for (int i = 0; i < texts.size(); i++) {
            checkSize(texts.get(i));
            if (i == 0) {
                lang = language(language);
            }
            nanos[i] = deadlineNanos(texts.get(i));
        }
        Analyzer.Options options = options(lang, entities, threshold, allowList, denyList, adHoc, allowRegex);
        try {
            return engine.analyzer().analyzeAll(texts, options, nanos);
        } catch (Deadline.Exceeded e) {
            throw new DetectionTimedOut(config.retryAfterSeconds());
        }
    }

    private Analyzer.Options options(String lang, List<String> entities, Double threshold, List<String> allowList,
                                     List<String> denyList, AdHocRecognizers adHoc, com.google.re2j.Pattern allowRegex) {
        return new Analyzer.Options(lang, entities == null ? Set.of() : Set.copyOf(entities),
                threshold == null ? config.scoreThreshold() : threshold,
                allowList == null ? List.of() : allowList, denyList == null ? List.of() : denyList, adHoc, allowRegex);
    }

    /** The configured time per started 2 kB of the text (its UTF-8 size, estimated without encoding it). */
    long deadlineNanos(String text) {
        long bytes = utf8Length(text);
        long blocks = Math.max(1, (bytes + 2047) / 2048);
        return config.deadlinePer2kb().toNanos() * blocks;
    }

    static long utf8Length(String s) {
        long n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            n += c < 0x80 ? 1 : c < 0x800 ? 2 : Character.isHighSurrogate(c) ? 2 : 3;
        }
        return n;
    }

    /** Detection ran past its deadline: 503 with Retry-After (see {@link DetectionTimedOutMapper}). Carries no text. */
    public static final class DetectionTimedOut extends DomainException {
        private final int retryAfterSeconds;

        DetectionTimedOut(int retryAfterSeconds) {
            super(503, "redaction-deadline", "Service Unavailable",
                    "Detection did not finish within its deadline; nothing was redacted. Retry later, or send a shorter text");
            this.retryAfterSeconds = retryAfterSeconds;
        }

        public int retryAfterSeconds() {
            return retryAfterSeconds;
        }
    }

    /** Texts up to this many characters (at most 6 kB of UTF-8: three deadline blocks) may be redacted on an I/O thread. */
    static final int INLINE_MAX_CHARS = 2048;

    /**
     * Whether redacting this request touches neither the database nor more than a short text's deadline: no scope
     * (so no vault), and a short text. Such requests need no worker thread.
     */
    static boolean inline(RedactRequest request) {
        return request.scope() == null && request.text() != null && request.text().length() <= INLINE_MAX_CHARS;
    }

    public RedactResponse redact(RedactRequest request, boolean explain) {
        return redactAll(List.of(request), explain).get(0);
    }

    /** Redacts several texts with one vault transaction, so a batch gets consistent tags. */
    public List<RedactResponse> redactAll(List<RedactRequest> requests, boolean explain) {
        if (requests.isEmpty()) {
            return List.of();
        }
        RedactRequest first = requests.get(0);
        Operator operator = first.operator() == null ? Operator.TAG : first.operator();
        if (operator == Operator.PSEUDONYMIZE && first.scope() == null) {
            throw DomainException.badRequest("scope-required", "PSEUDONYMIZE keeps originals under a scope: scope is required");
        }
        List<List<Finding>> findings;
        if (requests.size() > 1 && sameDetectionOptions(requests)) {
            findings = analyzeAll(requests.stream().map(RedactRequest::text).toList(), first.language(), first.entities(),
                    first.scoreThreshold(), first.allowList(), first.denyList());
        } else {
            findings = new ArrayList<>(requests.size());
            for (RedactRequest r : requests) {
                findings.add(analyze(r.text(), r.language(), r.entities(), r.scoreThreshold(), r.allowList(), r.denyList()));
            }
        }
        Anonymizer.TagBook tags = tagBook(first, operator, requests, findings);
        List<RedactResponse> out = new ArrayList<>(requests.size());
        for (int i = 0; i < requests.size(); i++) {
            RedactRequest r = requests.get(i);
            Anonymizer.Result result = anonymizer().apply(r.text(), findings.get(i), operator, tags);
            List<RedactResponse.Entity> entities = new ArrayList<>(result.items().size());
            for (Anonymizer.Replaced item : result.items()) {
                Finding f = item.finding();
                entities.add(new RedactResponse.Entity(f.type(), f.start(), f.end(), f.score(), operator, item.replacement(),
                        f.recognizer(), explain ? explanation(f) : null));
            }
            out.add(new RedactResponse(result.text(), entities, language(r.language())));
        }
        return out;
    }

    /** Whether every request asks for the same detection (a batch's texts always do: one set of options for all). */
    static boolean sameDetectionOptions(List<RedactRequest> requests) {
        RedactRequest first = requests.get(0);
        for (RedactRequest r : requests) {
            if (!java.util.Objects.equals(r.language(), first.language()) || !java.util.Objects.equals(r.entities(), first.entities())
                    || !java.util.Objects.equals(r.scoreThreshold(), first.scoreThreshold())
                    || !java.util.Objects.equals(r.allowList(), first.allowList()) || !java.util.Objects.equals(r.denyList(), first.denyList())) {
                return false;
            }
        }
        return true;
    }

    static RedactResponse.Explanation explanation(Finding f) {
        return new RedactResponse.Explanation(f.recognizer(), f.validator(), f.contextWord(), f.baseScore(), f.score());
    }

    private Anonymizer.TagBook tagBook(RedactRequest first, Operator operator, List<RedactRequest> requests, List<List<Finding>> findings) {
        if ((operator != Operator.TAG && operator != Operator.PSEUDONYMIZE) || first.scope() == null) {
            return new Anonymizer.LocalTagBook(keys);
        }
        Set<Vault.Value> values = new LinkedHashSet<>();
        for (int i = 0; i < requests.size(); i++) {
            String text = requests.get(i).text();
            for (Finding f : findings.get(i)) {
                values.add(new Vault.Value(f.type(), text.substring(f.start(), f.end())));
            }
        }
        if (values.isEmpty()) {
            return new Anonymizer.LocalTagBook(keys);
        }
        Map<String, String> assigned = vault.assign(first.scope(), first.subjectId(), List.copyOf(values), operator == Operator.PSEUDONYMIZE);
        return (type, value) -> assigned.get(keys.fingerprint(type, value));
    }

    public String language(String requested) {
        String lang = requested == null || requested.isBlank() ? config.defaultLanguage() : requested.trim().toLowerCase(java.util.Locale.ROOT);
        if (!engine.analyzer().supports(lang)) {
            throw DomainException.badRequest("unsupported-language", "Language " + (lang.matches("[a-z]{2,8}(-[a-z0-9]{1,8})?") ? lang : "requested")
                    + " is not supported; supported: " + engine.analyzer().languages());
        }
        return lang;
    }

    void checkSize(String text) {
        // Count UTF-8 bytes without encoding the whole text when it is clearly small.
        if (text.length() * 3 > config.maxTextBytes() && text.getBytes(StandardCharsets.UTF_8).length > config.maxTextBytes()) {
            throw new DomainException(413, "text-too-large", "Content Too Large",
                    "A text may hold at most " + config.maxTextBytes() + " bytes (UTF-8)");
        }
    }

    public void checkBatch(int size) {
        if (size > config.maxBatchSize()) {
            throw new DomainException(413, "batch-too-large", "Content Too Large",
                    "A batch may hold at most " + config.maxBatchSize() + " texts");
        }
    }
}
