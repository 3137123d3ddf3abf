package com.safesupport.redaction.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.safesupport.platform.identity.Roles;
import com.safesupport.platform.problem.DomainException;
import com.safesupport.redaction.anonymize.Anonymizer;
import com.safesupport.redaction.anonymize.PresidioAes;
import com.safesupport.redaction.anonymize.ValueKeys;
import com.safesupport.redaction.config.RedactionConfig;
import com.safesupport.redaction.detect.AdHocRecognizers;
import com.safesupport.redaction.detect.Finding;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Presidio-shaped {@code POST /v1/analyze} and {@code POST /v1/anonymize} (field names as in Presidio's
 * REST API, snake_case), so a Presidio caller switches by changing the URL. Differences: {@code hash} is
 * an HMAC-SHA256 under the deployment key (equal values still link, but cannot be brute-forced without
 * it), and the {@code custom} operator is not offered. {@code encrypt} and {@code POST /v1/deanonymize}'s {@code decrypt}
 * are Presidio's AES-CBC format ({@link PresidioAes}); deanonymizing is for the {@code redaction-restore} role only and
 * audited as {@code /v1/restore} is.
 */
@Path("/v1")
@RolesAllowed({Roles.SVC_BOT, Roles.SVC_ESCALATION, Roles.SVC_CONSENT})
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class PresidioResource {

    /** {@code text} is one string, or (Presidio's batch form) a list of strings answered with one result list each. */
    public record AnalyzeRequest(@NotNull(message = "text is required")
                                 @org.eclipse.microprofile.openapi.annotations.media.Schema(oneOf = {String.class, String[].class},
                                         description = "One text, or a list of texts (answered with one result list per text)") Object text,
                                 String language,
                                 List<String> entities,
                                 @JsonProperty("score_threshold") Double scoreThreshold,
                                 @JsonProperty("return_decision_process") Boolean returnDecisionProcess,
                                 @JsonProperty("allow_list") List<String> allowList,
                                 @JsonProperty("correlation_id") String correlationId,
                                 @JsonProperty("allow_list_match") String allowListMatch,
                                 List<String> context,
                                 @JsonProperty("ad_hoc_recognizers") List<AdHocRecognizer> adHocRecognizers,
                                 @JsonProperty("regex_flags") Integer regexFlags) {
    }

    /**
     * Presidio's ad-hoc recogniser ({@code PatternRecognizer.from_dict}): patterns in RE2 syntax and/or a deny list for
     * one entity type, with context words; {@code global_regex_flags} are Python's {@code re} flags (default
     * DOTALL | MULTILINE | IGNORECASE).
     */
    public record AdHocRecognizer(String name, @JsonProperty("supported_language") String supportedLanguage,
                                  List<AdHocPattern> patterns, @JsonProperty("deny_list") List<String> denyList,
                                  List<String> context, @JsonProperty("supported_entity") String supportedEntity,
                                  @JsonProperty("deny_list_score") Double denyListScore,
                                  @JsonProperty("global_regex_flags") Integer globalRegexFlags) {
    }

    /** One pattern of an ad-hoc recogniser, as Presidio's {@code Pattern}. */
    public record AdHocPattern(String name, String regex, Double score) {
    }

    /**
     * Presidio always sends {@code analysis_explanation}, {@code null} unless the decision process was asked for.
     * Registered for reflection by hand: {@link #analyze} returns {@code List<?>} (one list, or one per text of a
     * batch), from which the native build cannot tell what Jackson will serialise (every analyze was a 500 native).
     */
    @io.quarkus.runtime.annotations.RegisterForReflection
    public record RecognizerResult(@JsonProperty("entity_type") String entityType, int start, int end, double score,
                                   @JsonProperty("analysis_explanation") Explanation analysisExplanation,
                                   @JsonProperty("recognition_metadata") Map<String, String> recognitionMetadata) {
    }

    /**
     * Presidio's {@code AnalysisExplanation} keys, all present ({@code pattern_name}, {@code pattern} and
     * {@code textual_explanation} are {@code null} for the suite's own recognisers, which do not expose their patterns,
     * and filled for an ad-hoc recogniser's pattern as Presidio fills them; no context word is
     * {@code ""} as in Presidio), plus the suite's {@code validator} when one confirmed the value.
     */
    @io.quarkus.runtime.annotations.RegisterForReflection
    public record Explanation(String recognizer, @JsonProperty("pattern_name") String patternName, String pattern,
                              @JsonProperty("original_score") double originalScore, double score,
                              @JsonProperty("textual_explanation") String textualExplanation,
                              @JsonProperty("score_context_improvement") double scoreContextImprovement,
                              @JsonProperty("supportive_context_word") String supportiveContextWord,
                              @JsonProperty("validation_result") Boolean validationResult,
                              @JsonInclude(JsonInclude.Include.NON_NULL) String validator) {
    }

    public record AnonymizeRequest(@NotNull(message = "text is required") String text,
                                   Map<String, OperatorConfig> anonymizers,
                                   @JsonProperty("analyzer_results") List<@Valid AnalyzerResult> analyzerResults) {
    }

    public record AnalyzerResult(@NotNull(message = "entity_type is required") @JsonProperty("entity_type") String entityType,
                                 int start, int end, Double score) {
    }

    public record OperatorConfig(@NotNull(message = "type is required") String type,
                                 @JsonProperty("new_value") String newValue,
                                 @JsonProperty("masking_char") String maskingChar,
                                 @JsonProperty("chars_to_mask") Integer charsToMask,
                                 @JsonProperty("from_end") Boolean fromEnd,
                                 @JsonProperty("hash_type") String hashType,
                                 @org.eclipse.microprofile.openapi.annotations.media.Schema(description = "encrypt/decrypt: the AES key, 16, 24 or 32 bytes in UTF-8; never logged or echoed") String key) {
        /** Never the key: a record's generated toString would print it. */
        @Override
        public String toString() {
            return "OperatorConfig[type=" + type + "]";
        }
    }

    /** Presidio's deanonymize body: the anonymized text, the spans to restore and the {@code decrypt} operator by type. */
    public record DeanonymizeRequest(@NotNull(message = "text is required") String text,
                                     Map<String, OperatorConfig> deanonymizers,
                                     @JsonProperty("anonymizer_results") List<@Valid AnonymizerResult> anonymizerResults) {
    }

    /** One span of an anonymize response's {@code items}, as Presidio's {@code OperatorResult} is sent back. */
    public record AnonymizerResult(@NotNull(message = "entity_type is required") @JsonProperty("entity_type") String entityType,
                                   int start, int end) {
    }

    public record AnonymizeResponse(String text, List<Item> items) {
    }

    public record Item(int start, int end, @JsonProperty("entity_type") String entityType, String text, String operator) {
    }

    @Inject
    RedactionService service;

    @Inject
    ValueKeys keys;

    @Inject
    RedactionConfig config;

    @Inject
    com.safesupport.redaction.detect.DetectionEngine engine;

    @Inject
    com.safesupport.redaction.vault.Vault vault;

    @Inject
    com.safesupport.platform.identity.Caller caller;

    /**
     * Where Presidio names a type differently, {@code /v1/analyze} speaks Presidio's vocabulary (a Presidio caller's
     * entity lists and result handling keep working); {@code /v1/redact} keeps the suite's own names.
     */
    static final Map<String, String> TO_PRESIDIO = Map.of("PASSPORT", "US_PASSPORT", "BANK_ACCOUNT", "US_BANK_NUMBER",
            "ROUTING_NUMBER", "ABA_ROUTING_NUMBER", "DOMAIN_NAME", "URL", "DATE_OF_BIRTH", "DATE_TIME");
    static final Map<String, List<String>> FROM_PRESIDIO = Map.of("US_PASSPORT", List.of("PASSPORT"), "US_BANK_NUMBER",
            List.of("BANK_ACCOUNT"), "ABA_ROUTING_NUMBER", List.of("ROUTING_NUMBER"), "URL", List.of("URL", "DOMAIN_NAME"),
            "DATE_TIME", List.of("DATE_TIME", "DATE_OF_BIRTH"));

    static List<String> ourTypes(List<String> presidioTypes) {
        if (presidioTypes == null) {
            return null;
        }
        List<String> out = new ArrayList<>();
        for (String t : presidioTypes) {
            if (t != null) {
                out.addAll(FROM_PRESIDIO.getOrDefault(t, List.of(t)));
            }
        }
        return out;
    }

    @Operation(summary = "Find personal data (Presidio analyze)",
            description = "Presidio-compatible analyze: the entities found in the text with their offsets and scores, in Presidio's field names and entity vocabulary. Without score_threshold every finding scored above 0 is returned, as Presidio does.")
    @APIResponse(responseCode = "200", description = "The recognizer results")
    @APIResponse(responseCode = "400", description = "Invalid body, unsupported language, or an ad-hoc recognizer or regex allow list that is invalid, over a limit or too costly for the text")
    @APIResponse(responseCode = "413", description = "The text is longer than the configured limit")
    @POST
    @Path("/analyze")
    public List<?> analyze(@NotNull(message = "a JSON body is required") @Valid AnalyzeRequest request) {
        String match = request.allowListMatch() == null ? "exact" : request.allowListMatch().toLowerCase(java.util.Locale.ROOT);
        if (!match.equals("exact") && !match.equals("regex")) {
            throw DomainException.badRequest("unsupported-allow-list-match", "allow_list_match must be exact or regex");
        }
        AdHocRecognizers adHoc;
        com.google.re2j.Pattern allowRegex;
        try {
            adHoc = request.adHocRecognizers() == null || request.adHocRecognizers().isEmpty() ? null
                    : AdHocRecognizers.build(request.adHocRecognizers().stream().map(PresidioResource::definition).toList());
            allowRegex = match.equals("regex") && request.allowList() != null && !request.allowList().isEmpty()
                    ? AdHocRecognizers.allowPattern(request.allowList(), request.regexFlags()) : null;
        } catch (AdHocRecognizers.Invalid e) {
            throw DomainException.badRequest(e.code(), e.getMessage());
        }
        try {
            return analyze(request, adHoc, allowRegex, match.equals("regex") ? null : request.allowList());
        } catch (AdHocRecognizers.TooCostly e) {
            throw DomainException.badRequest("ad-hoc-pattern-too-costly", e.getMessage());
        }
    }

    private static AdHocRecognizers.Definition definition(AdHocRecognizer r) {
        return r == null ? null : new AdHocRecognizers.Definition(r.name(), r.supportedLanguage(), r.supportedEntity(),
                r.patterns() == null ? null : r.patterns().stream().map(p -> p == null ? null
                        : new AdHocRecognizers.PatternDefinition(p.name(), p.regex(), p.score())).toList(),
                r.denyList(), r.denyListScore(), r.context(), r.globalRegexFlags());
    }

    /** Entities as the engine reads them: ours for Presidio's names, and with ad-hoc recognisers also the names as sent. */
    private static List<String> wanted(List<String> entities, AdHocRecognizers adHoc) {
        List<String> ours = ourTypes(entities);
        if (ours == null || adHoc == null) {
            return ours;
        }
        List<String> all = new ArrayList<>(ours);
        entities.stream().filter(java.util.Objects::nonNull).forEach(all::add);
        return all;
    }

    private List<?> analyze(AnalyzeRequest request, AdHocRecognizers adHoc, com.google.re2j.Pattern allowRegex, List<String> allowList) {
        boolean explain = Boolean.TRUE.equals(request.returnDecisionProcess());
        List<String> entities = wanted(request.entities(), adHoc);
        Double threshold = request.scoreThreshold() == null ? config.presidioScoreThreshold() : request.scoreThreshold();
        if (request.text() instanceof List<?> texts) {
            service.checkBatch(texts.size());
            List<String> each = new ArrayList<>(texts.size());
            for (Object t : texts) {
                if (!(t instanceof String one)) {
                    throw DomainException.badRequest("invalid-text", "text must be a string or a list of strings");
                }
                each.add(one);
            }
            if (each.isEmpty()) {
                return List.of();
            }
            List<List<Finding>> all = service.analyzeAll(each, request.language(), entities, threshold,
                    allowList, List.of(), adHoc, allowRegex);
            return all.stream().map(findings -> results(findings, explain)).toList();
        }
        if (!(request.text() instanceof String text)) {
            throw DomainException.badRequest("invalid-text", "text must be a string or a list of strings");
        }
        return results(service.analyze(text, request.language(), entities, threshold, allowList, List.of(), adHoc, allowRegex),
                explain);
    }

    private static List<RecognizerResult> results(List<Finding> findings, boolean explain) {
        List<RecognizerResult> out = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            Explanation explanation = explain ? new Explanation(f.recognizer(), f.patternName(), f.pattern(), f.baseScore(), f.score(),
                    f.adHoc() ? "Detected by `" + f.recognizer() + "` using pattern `" + f.patternName() + "`" : null,
                    f.contextWord() == null ? 0 : Math.round((f.score() - f.baseScore()) * 100) / 100.0,
                    f.contextWord() == null ? "" : f.contextWord(), f.validator() == null ? null : Boolean.TRUE, f.validator()) : null;
            // An ad-hoc recogniser's entity type is the caller's own name: reported as sent.
            String type = f.adHoc() ? f.type() : TO_PRESIDIO.getOrDefault(f.type(), f.type());
            out.add(new RecognizerResult(type, f.start(), f.end(), f.score(), explanation,
                    Map.of("recognizer_name", f.recognizer(), "recognizer_identifier", f.recognizer())));
        }
        return out;
    }

    @Operation(summary = "Anonymize given findings (Presidio anonymize)",
            description = "Presidio-compatible anonymize: applies the operators (replace, redact, mask, hash, keep) to the analyzer results given. hash is an HMAC under the deployment key.")
    @APIResponse(responseCode = "200", description = "The anonymized text and what was replaced")
    @APIResponse(responseCode = "400", description = "Invalid body, offsets outside the text, or an unsupported operator")
    @APIResponse(responseCode = "413", description = "The text is longer than the configured limit")
    @POST
    @Path("/anonymize")
    public AnonymizeResponse anonymize(@NotNull(message = "a JSON body is required") @Valid AnonymizeRequest request) {
        String text = request.text();
        service.checkSize(text);
        List<Finding> findings = new ArrayList<>();
        for (AnalyzerResult r : request.analyzerResults() == null ? List.<AnalyzerResult>of() : request.analyzerResults()) {
            if (r.start() < 0 || r.end() > text.length() || r.start() >= r.end()) {
                throw DomainException.badRequest("invalid-offsets", "analyzer_results must lie within the text with start < end");
            }
            findings.add(new Finding(r.entityType(), r.start(), r.end(), r.score() == null ? 1.0 : r.score(), "caller", null, null,
                    r.score() == null ? 1.0 : r.score()));
        }
        List<Finding> resolved = withoutOverlaps(findings);
        Map<String, OperatorConfig> operators = request.anonymizers() == null ? Map.of() : request.anonymizers();
        Map<OperatorConfig, javax.crypto.spec.SecretKeySpec> aesKeys = new java.util.IdentityHashMap<>();
        for (OperatorConfig c : operators.values()) {
            if (operatorName(c).equals("encrypt")) {
                aesKeys.put(c, aesKey(c));
            }
        }
        Anonymizer.Result result = Anonymizer.apply(text, resolved, (f, value) -> replace(operators, aesKeys, f, value));
        return new AnonymizeResponse(result.text(),
                items(result, f -> operatorName(operators.getOrDefault(f.type(), operators.get("DEFAULT")))));
    }

    private static javax.crypto.spec.SecretKeySpec aesKey(OperatorConfig c) {
        try {
            return PresidioAes.key(c.key());
        } catch (PresidioAes.InvalidKey e) {
            throw DomainException.badRequest("invalid-key", e.getMessage());
        }
    }

    private String replace(Map<String, OperatorConfig> operators, Map<OperatorConfig, javax.crypto.spec.SecretKeySpec> aesKeys,
                           Finding f, String value) {
        OperatorConfig c = operators.getOrDefault(f.type(), operators.get("DEFAULT"));
        String op = operatorName(c);
        return switch (op) {
            case "encrypt" -> PresidioAes.encrypt(aesKeys.get(c), value);
            case "replace" -> c == null || c.newValue() == null ? "<" + f.type() + ">" : c.newValue();
            case "redact" -> "";
            case "keep" -> value;
            case "hash" -> keys.hash(f.type(), value);
            case "mask" -> mask(value, c);
            default -> throw new IllegalStateException();
        };
    }

    private static String mask(String value, OperatorConfig c) {
        char with = c.maskingChar() == null || c.maskingChar().isEmpty() ? '*' : c.maskingChar().charAt(0);
        int count = c.charsToMask() == null ? value.length() : Math.max(0, Math.min(c.charsToMask(), value.length()));
        boolean fromEnd = Boolean.TRUE.equals(c.fromEnd());
        StringBuilder b = new StringBuilder(value);
        for (int i = 0; i < count; i++) {
            b.setCharAt(fromEnd ? value.length() - 1 - i : i, with);
        }
        return b.toString();
    }

    private static String operatorName(OperatorConfig c) {
        if (c == null) {
            return "replace";
        }
        String type = c.type().toLowerCase(java.util.Locale.ROOT);
        return switch (type) {
            case "replace", "redact", "keep", "hash", "mask", "encrypt" -> type;
            default -> throw DomainException.badRequest("unsupported-operator",
                    "Operator type must be one of " + String.join(", ", ANONYMIZERS));
        };
    }

    /** Presidio's anonymizer names this deployment offers ({@code custom} is not offered). */
    static final List<String> ANONYMIZERS = List.of("encrypt", "hash", "keep", "mask", "redact", "replace");

    /** Presidio's deanonymizer names this deployment offers. */
    static final List<String> DEANONYMIZERS = List.of("decrypt");

    @Operation(summary = "Decrypt encrypted values (Presidio deanonymize)",
            description = "Presidio-compatible deanonymize: decrypts the spans given (an anonymize response's items) with the decrypt operator and its key, in Presidio's AES-CBC format. Only the redaction-restore role, which nobody holds by default; every call is audited without values or key.")
    @APIResponse(responseCode = "200", description = "The text with the originals put back and what was decrypted")
    @APIResponse(responseCode = "400", description = "Invalid body, offsets outside the text, an operator other than decrypt, an invalid key length, or a span that does not decrypt with the key")
    @APIResponse(responseCode = "413", description = "The text is longer than the configured limit")
    @POST
    @Path("/deanonymize")
    @RolesAllowed(Roles.REDACTION_RESTORE)
    public AnonymizeResponse deanonymize(@NotNull(message = "a JSON body is required") @Valid DeanonymizeRequest request) {
        String text = request.text();
        service.checkSize(text);
        List<AnonymizerResult> spans = request.anonymizerResults() == null ? List.of() : request.anonymizerResults();
        Map<String, OperatorConfig> operators = request.deanonymizers() == null ? Map.of() : request.deanonymizers();
        Map<String, javax.crypto.spec.SecretKeySpec> keysByType = new java.util.HashMap<>();
        for (Map.Entry<String, OperatorConfig> e : operators.entrySet()) {
            if (e.getValue() == null || !"decrypt".equalsIgnoreCase(e.getValue().type())) {
                throw DomainException.badRequest("unsupported-operator", "Deanonymizer type must be decrypt");
            }
            keysByType.put(e.getKey(), aesKey(e.getValue()));
        }
        List<Finding> findings = new ArrayList<>(spans.size());
        for (AnonymizerResult r : spans) {
            if (r.start() < 0 || r.end() > text.length() || r.start() >= r.end()) {
                throw DomainException.badRequest("invalid-offsets", "anonymizer_results must lie within the text with start < end");
            }
            if (!keysByType.containsKey(r.entityType()) && !keysByType.containsKey("DEFAULT")) {
                throw DomainException.badRequest("missing-deanonymizer",
                        "every entity type of anonymizer_results needs a decrypt deanonymizer (or a DEFAULT one)");
            }
            findings.add(new Finding(r.entityType(), r.start(), r.end(), 1.0, "caller", null, null, 1.0));
        }
        Anonymizer.Result result;
        try {
            result = decryptSpans(text, findings, keysByType);
        } catch (PresidioAes.Failed e) {
            vault.auditDeanonymize(caller.subject(), caller.clientId(), findings.size(), 0);
            throw DomainException.badRequest("decryption-failed", e.getMessage());
        }
        vault.auditDeanonymize(caller.subject(), caller.clientId(), findings.size(), result.items().size());
        return new AnonymizeResponse(result.text(), items(result, f -> "decrypt"));
    }

    /**
     * Decrypts each span (Presidio's overlap rule first) with the key of its type, or the {@code DEFAULT} one;
     * {@link PresidioAes.Failed} if any span does not decrypt.
     */
    public static Anonymizer.Result decryptSpans(String text, List<Finding> spans, Map<String, javax.crypto.spec.SecretKeySpec> keysByType) {
        return Anonymizer.apply(text, withoutOverlaps(spans), (f, value) -> PresidioAes.decrypt(
                keysByType.getOrDefault(f.type(), keysByType.get("DEFAULT")), value));
    }

    @Operation(summary = "List deanonymizers (Presidio deanonymizers)",
            description = "Presidio-compatible: the operator names /v1/deanonymize accepts.")
    @APIResponse(responseCode = "200", description = "The operator names")
    @GET
    @Path("/deanonymizers")
    @RolesAllowed({Roles.SVC_BOT, Roles.SVC_ESCALATION, Roles.SVC_CONSENT, Roles.SUPERVISOR, Roles.PRIVACY_OFFICER,
            Roles.REDACTION_RESTORE})
    public List<String> deanonymizers() {
        return DEANONYMIZERS;
    }

    private static List<Item> items(Anonymizer.Result result, java.util.function.Function<Finding, String> operator) {
        List<Item> items = new ArrayList<>(result.items().size());
        int shift = 0;
        for (Anonymizer.Replaced item : result.items()) {
            Finding f = item.finding();
            int start = f.start() + shift;
            items.add(new Item(start, start + item.replacement().length(), f.type(), item.replacement(), operator.apply(f)));
            shift += item.replacement().length() - f.length();
        }
        return items;
    }

    @Operation(summary = "List supported entities (Presidio supportedentities)",
            description = "Presidio-compatible: the entity types /v1/analyze can return, in Presidio's vocabulary; for one language when language is given.")
    @APIResponse(responseCode = "200", description = "The entity type names")
    @APIResponse(responseCode = "400", description = "Unsupported language")
    @GET
    @Path("/supportedentities")
    @RolesAllowed({Roles.SVC_BOT, Roles.SVC_ESCALATION, Roles.SVC_CONSENT, Roles.SUPERVISOR, Roles.PRIVACY_OFFICER})
    public List<String> supportedEntities(@QueryParam("language") String language) {
        java.util.Set<String> out = new java.util.TreeSet<>();
        for (com.safesupport.redaction.detect.Recognizer r : recognizers(language)) {
            for (String type : r.types()) {
                out.add(TO_PRESIDIO.getOrDefault(type, type));
            }
        }
        return List.copyOf(out);
    }

    @Operation(summary = "List recognizers (Presidio recognizers)",
            description = "Presidio-compatible: the names of the recognizers behind /v1/analyze; for one language when language is given.")
    @APIResponse(responseCode = "200", description = "The recognizer names")
    @APIResponse(responseCode = "400", description = "Unsupported language")
    @GET
    @Path("/recognizers")
    @RolesAllowed({Roles.SVC_BOT, Roles.SVC_ESCALATION, Roles.SVC_CONSENT, Roles.SUPERVISOR, Roles.PRIVACY_OFFICER})
    public List<String> recognizerNames(@QueryParam("language") String language) {
        return recognizers(language).stream().map(com.safesupport.redaction.detect.Recognizer::name).distinct().sorted().toList();
    }

    @Operation(summary = "List anonymizers (Presidio anonymizers)",
            description = "Presidio-compatible: the operator names /v1/anonymize accepts.")
    @APIResponse(responseCode = "200", description = "The operator names")
    @GET
    @Path("/anonymizers")
    @RolesAllowed({Roles.SVC_BOT, Roles.SVC_ESCALATION, Roles.SVC_CONSENT, Roles.SUPERVISOR, Roles.PRIVACY_OFFICER})
    public List<String> anonymizers() {
        return ANONYMIZERS;
    }

    private List<com.safesupport.redaction.detect.Recognizer> recognizers(String language) {
        List<com.safesupport.redaction.detect.Recognizer> all = engine.analyzer().recognizers();
        if (language == null || language.isBlank()) {
            return all;
        }
        String lang = service.language(language);
        return all.stream().filter(r -> r.languages().contains("*") || r.languages().contains(lang)).toList();
    }

    /** Presidio's conflict rule: of overlapping results keep the longer, then the higher-scoring one. */
    static List<Finding> withoutOverlaps(List<Finding> findings) {
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(Comparator.comparingInt(Finding::length).reversed().thenComparing(Comparator.comparingDouble(Finding::score).reversed()));
        List<Finding> kept = new ArrayList<>();
        // The kept spans are disjoint: f clashes with one iff the kept span starting last before f's end reaches past
        // f's start (a tree lookup, so 16 times the results cost ~16 times, not 256).
        java.util.TreeMap<Integer, Integer> spans = new java.util.TreeMap<>();
        for (Finding f : sorted) {
            Map.Entry<Integer, Integer> before = spans.lowerEntry(f.end());
            if (before == null || before.getValue() <= f.start()) {
                spans.put(f.start(), f.end());
                kept.add(f);
            }
        }
        kept.sort(Comparator.comparingInt(Finding::start));
        return kept;
    }
}
