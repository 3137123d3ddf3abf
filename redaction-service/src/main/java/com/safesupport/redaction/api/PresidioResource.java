package com.safesupport.redaction.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.safesupport.platform.identity.Roles;
import com.safesupport.platform.problem.DomainException;
import com.safesupport.redaction.anonymize.Anonymizer;
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
 * it), and {@code encrypt}/{@code custom} operators are not offered.
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

    /** Presidio always sends {@code analysis_explanation}, {@code null} unless the decision process was asked for. */
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
                                 @JsonProperty("hash_type") String hashType) {
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
        for (OperatorConfig c : operators.values()) {
            operatorName(c);
        }
        Anonymizer.Result result = Anonymizer.apply(text, resolved, (f, value) -> replace(operators, f, value));
        List<Item> items = new ArrayList<>();
        int shift = 0;
        for (Anonymizer.Replaced item : result.items()) {
            Finding f = item.finding();
            int start = f.start() + shift;
            items.add(new Item(start, start + item.replacement().length(), f.type(), item.replacement(),
                    operatorName(operators.getOrDefault(f.type(), operators.get("DEFAULT")))));
            shift += item.replacement().length() - f.length();
        }
        return new AnonymizeResponse(result.text(), items);
    }

    private String replace(Map<String, OperatorConfig> operators, Finding f, String value) {
        OperatorConfig c = operators.getOrDefault(f.type(), operators.get("DEFAULT"));
        String op = operatorName(c);
        return switch (op) {
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
            case "replace", "redact", "keep", "hash", "mask" -> type;
            default -> throw DomainException.badRequest("unsupported-operator",
                    "Operator type must be one of " + String.join(", ", ANONYMIZERS));
        };
    }

    /** Presidio's anonymizer names this deployment offers ({@code encrypt} and {@code custom} are not offered). */
    static final List<String> ANONYMIZERS = List.of("hash", "keep", "mask", "redact", "replace");

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
        for (Finding f : sorted) {
            boolean clash = kept.stream().anyMatch(k -> k.start() < f.end() && f.start() < k.end());
            if (!clash) {
                kept.add(f);
            }
        }
        kept.sort(Comparator.comparingInt(Finding::start));
        return kept;
    }
}
