package com.safesupport.redaction.detect;

import com.safesupport.testing.AuthMatrix;
import com.safesupport.testing.ProblemShape;
import com.safesupport.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Presidio's {@code ad_hoc_recognizers} and {@code allow_list_match: "regex"} at {@code /v1/analyze} (branch ah):
 * patterns (RE2) and deny lists found in Presidio's response shape, context words, the entity filter and threshold,
 * every limit refused with a clear 400, patterns that make a backtracking engine explode linear here, and the auth
 * rules unchanged for the new shapes. All texts and patterns are made up.
 */
@QuarkusTest
class AhAdHocRecognizerTest {

    static final Tokens TOKENS = new Tokens("redaction-service");

    @Inject
    DetectionEngine engine;

    private static RequestSpecification bot() {
        return given().auth().oauth2(TOKENS.service("bot-service", "svc-bot")).contentType(ContentType.JSON);
    }

    private static Map<String, Object> pattern(String name, String regex, double score) {
        return Map.of("name", name, "regex", regex, "score", score);
    }

    /** An employee-number recogniser: "EMP-" and five digits, low score, raised by "staff". */
    private static Map<String, Object> employee() {
        return Map.of("name", "Employee numbers", "supported_language", "en", "supported_entity", "EMPLOYEE_ID",
                "patterns", List.of(pattern("emp five digits", "EMP-\\d{5}\\b", 0.3)), "context", List.of("staff"));
    }

    /** A deny list of honorifics. */
    private static Map<String, Object> titles() {
        return Map.of("name", "Titles", "supported_entity", "TITLE", "deny_list", List.of("Mrs", "Mr", "Dr."));
    }

    private static Map<String, Object> body(Object text, Object... more) {
        Map<String, Object> b = new HashMap<>();
        b.put("text", text);
        b.put("language", "en");
        for (int i = 0; i < more.length; i += 2) {
            b.put((String) more[i], more[i + 1]);
        }
        return b;
    }

    @Test
    void aPatternAndADenyListAreFoundInPresidiosShape() {
        String text = "Hi Mr Okonkwo, your id is EMP-40817 (not EMP-4081 nor Mrsmith).";
        bot().body(body(text, "ad_hoc_recognizers", List.of(employee(), titles()), "return_decision_process", true,
                        "entities", List.of("TITLE", "EMPLOYEE_ID")))
                .when().post("/v1/analyze").then().statusCode(200)
                .body("entity_type", equalTo(List.of("TITLE", "EMPLOYEE_ID")))
                .body("start", equalTo(List.of(3, 26)))
                .body("end", equalTo(List.of(5, 35)))
                .body("score", equalTo(List.of(1.0f, 0.3f)))
                .body("[0].analysis_explanation.recognizer", is("Titles"))
                .body("[0].analysis_explanation.pattern_name", is("deny_list"))
                .body("[1].analysis_explanation.recognizer", is("Employee numbers"))
                .body("[1].analysis_explanation.pattern_name", is("emp five digits"))
                .body("[1].analysis_explanation.pattern", is("EMP-\\d{5}\\b"))
                .body("[1].analysis_explanation.original_score", is(0.3f))
                .body("[1].analysis_explanation.textual_explanation", is("Detected by `Employee numbers` using pattern `emp five digits`"))
                .body("[1].analysis_explanation.supportive_context_word", is(""))
                .body("[1].recognition_metadata.recognizer_name", is("Employee numbers"));
        // Deny lists are case-insensitive whole words; "Dr." keeps its dot.
        bot().body(body("MRS Lindqvist and dr. Abebe, mrsmith", "ad_hoc_recognizers", List.of(titles()), "entities", List.of("TITLE")))
                .when().post("/v1/analyze").then().statusCode(200)
                .body("start", equalTo(List.of(0, 18)))
                .body("end", equalTo(List.of(3, 21)));
    }

    @Test
    void contextWordsRaiseTheScoreAsTheEnginesOwnContextDoes() {
        bot().body(body("staff number EMP-40817", "ad_hoc_recognizers", List.of(employee()), "return_decision_process", true,
                        "entities", List.of("EMPLOYEE_ID")))
                .when().post("/v1/analyze").then().statusCode(200)
                .body("entity_type", equalTo(List.of("EMPLOYEE_ID")))
                .body("[0].score", is(0.65f))
                .body("[0].analysis_explanation.original_score", is(0.3f))
                .body("[0].analysis_explanation.supportive_context_word", is("staff"))
                .body("[0].analysis_explanation.score_context_improvement", is(0.35f));
        // A context word of another recogniser does not count.
        bot().body(body("doctor number EMP-40817", "ad_hoc_recognizers", List.of(employee(), titles()), "entities", List.of("EMPLOYEE_ID")))
                .when().post("/v1/analyze").then().statusCode(200).body("score", equalTo(List.of(0.3f)));
    }

    @Test
    void theEntityFilterAndTheThresholdApplyAsToBuiltIns() {
        String text = "Dr. Ferreira, EMP-40817, mail f.ferreira@example.org";
        bot().body(body(text, "ad_hoc_recognizers", List.of(employee(), titles()), "entities", List.of("EMPLOYEE_ID")))
                .when().post("/v1/analyze").then().statusCode(200).body("entity_type", equalTo(List.of("EMPLOYEE_ID")));
        bot().body(body(text, "ad_hoc_recognizers", List.of(employee(), titles()), "entities", List.of("EMAIL_ADDRESS")))
                .when().post("/v1/analyze").then().statusCode(200).body("entity_type", equalTo(List.of("EMAIL_ADDRESS")));
        bot().body(body(text, "ad_hoc_recognizers", List.of(employee(), titles()), "score_threshold", 0.5))
                .when().post("/v1/analyze").then().statusCode(200)
                .body("entity_type", allOf(hasItem("EMAIL_ADDRESS"), not(hasItem("EMPLOYEE_ID"))));
        // Presidio runs an ad-hoc recogniser only for its supported_language.
        Map<String, Object> german = new HashMap<>(employee());
        german.put("supported_language", "de");
        bot().body(body(text, "ad_hoc_recognizers", List.of(german), "entities", List.of("EMPLOYEE_ID")))
                .when().post("/v1/analyze").then().statusCode(200).body("$", equalTo(List.of()));
        // The batch form takes them too.
        bot().body(body(List.of("EMP-40817", "nothing here"), "ad_hoc_recognizers", List.of(employee()), "entities", List.of("EMPLOYEE_ID")))
                .when().post("/v1/analyze").then().statusCode(200)
                .body("[0].entity_type", equalTo(List.of("EMPLOYEE_ID"))).body("[1]", equalTo(List.of()));
    }

    @Test
    void aRegexAllowListDropsFindingsItMatchesInside() {
        Map<String, Object> any = Map.of("name", "Emp", "supported_entity", "EMPLOYEE_ID",
                "patterns", List.of(pattern("emp", "emp-\\d{5}", 0.9)));
        String text = "EMP-00001 and EMP-40817, mail desk@example.org and r.mensah@example.net";
        // Default flags (IGNORECASE): "^emp-0" allows EMP-00001; "@EXAMPLE\.ORG$" allows the desk address.
        List<String> types = List.of("EMPLOYEE_ID", "EMAIL_ADDRESS");
        bot().body(body(text, "ad_hoc_recognizers", List.of(any), "allow_list", List.of("^emp-0", "@EXAMPLE\\.ORG$"),
                        "allow_list_match", "regex", "entities", types))
                .when().post("/v1/analyze").then().statusCode(200)
                .body("start", equalTo(List.of(14, 51)));
        // regex_flags 0: case matters for the allow list.
        bot().body(body(text, "ad_hoc_recognizers", List.of(any), "allow_list", List.of("^emp-0"), "allow_list_match", "regex",
                        "regex_flags", 0, "entities", types))
                .when().post("/v1/analyze").then().statusCode(200)
                .body("start", equalTo(List.of(0, 14, 30, 51)));
        // global_regex_flags 0: case matters for the pattern.
        Map<String, Object> caseSensitive = new HashMap<>(any);
        caseSensitive.put("global_regex_flags", 0);
        bot().body(body(text, "ad_hoc_recognizers", List.of(caseSensitive), "entities", List.of("EMPLOYEE_ID")))
                .when().post("/v1/analyze").then().statusCode(200).body("$", equalTo(List.of()));
        // Exact matching stays exact.
        bot().body(body(text, "ad_hoc_recognizers", List.of(any), "allow_list", List.of("^emp-0"), "allow_list_match", "exact",
                        "entities", types))
                .when().post("/v1/analyze").then().statusCode(200)
                .body("start", equalTo(List.of(0, 14, 30, 51)));
    }

    @Test
    void anonymizeTakesTheFindingsOfAdHocRecognizersBack() {
        String text = "Mr Okonkwo, EMP-40817";
        List<Map<String, Object>> results = bot().body(body(text, "ad_hoc_recognizers", List.of(employee(), titles()),
                        "entities", List.of("TITLE", "EMPLOYEE_ID")))
                .when().post("/v1/analyze").then().statusCode(200).extract().jsonPath().getList("$");
        bot().body(Map.of("text", text, "analyzer_results", results,
                        "anonymizers", Map.of("TITLE", Map.of("type", "redact"), "DEFAULT", Map.of("type", "replace"))))
                .when().post("/v1/anonymize").then().statusCode(200)
                .body("text", is(" Okonkwo, <EMPLOYEE_ID>"))
                .body("items.entity_type", allOf(hasItem("TITLE"), hasItem("EMPLOYEE_ID")));
    }

    private static void refused(Map<String, Object> body, String type, String... detailParts) {
        var then = ProblemShape.of(bot().body(body).when().post("/v1/analyze").then(), 400, "/v1/analyze")
                .body("type", is("https://safesupport.dev/problems/" + type))
                .body("detail", not(containsString("Quillfeather")));
        for (String part : detailParts) {
            then.body("detail", containsString(part));
        }
    }

    private static Map<String, Object> withPatterns(String name, Object... regexes) {
        List<Object> patterns = new ArrayList<>();
        for (Object r : regexes) {
            patterns.add(pattern("p", (String) r, 0.5));
        }
        return Map.of("name", name, "supported_entity", "X", "patterns", patterns);
    }

    @Test
    void anInvalidPatternIsA400NamingItsIndexNeverItsText() {
        String text = "Ms Quillfeather 12345";
        refused(body(text, "ad_hoc_recognizers", List.of(employee(), withPatterns("Lookbehind", "\\d+", "(?<=Quillfeather )\\d+"))),
                "invalid-ad-hoc-recognizer", "ad_hoc_recognizers[1] (\"Lookbehind\").patterns[1]", "look-around");
        refused(body(text, "ad_hoc_recognizers", List.of(withPatterns("Backref", "(Quillfeather)\\1"))),
                "invalid-ad-hoc-recognizer", "ad_hoc_recognizers[0] (\"Backref\").patterns[0]");
        // A name that could carry anything but a name is not quoted.
        refused(body(text, "ad_hoc_recognizers", List.of(withPatterns("<Quillfeather>", "(Quillfeather"))),
                "invalid-ad-hoc-recognizer", "ad_hoc_recognizers[0].patterns[0]");
        refused(body(text, "ad_hoc_recognizers", List.of(Map.of("name", "Empty", "supported_entity", "X"))),
                "invalid-ad-hoc-recognizer", "needs patterns or a deny_list");
        refused(body(text, "ad_hoc_recognizers", List.of(Map.of("name", "NoEntity", "patterns", List.of(pattern("p", "x", 0.5))))),
                "invalid-ad-hoc-recognizer", "supported_entity is required");
        refused(body(text, "ad_hoc_recognizers", List.of(Map.of("name", "Score", "supported_entity", "X",
                "patterns", List.of(pattern("p", "x", 1.5))))), "invalid-ad-hoc-recognizer", "score must lie between 0 and 1");
        refused(body(text, "ad_hoc_recognizers", List.of(Map.of("name", "Verbose", "supported_entity", "X", "global_regex_flags", 64,
                "patterns", List.of(pattern("p", "x", 0.5))))), "invalid-ad-hoc-recognizer", "global_regex_flags");
        refused(body(text, "allow_list", List.of("(?!Quillfeather)"), "allow_list_match", "regex"),
                "invalid-ad-hoc-recognizer", "allow_list[0]");
        refused(body(text, "allow_list", List.of("x"), "allow_list_match", "fuzzy"), "unsupported-allow-list-match");
    }

    @Test
    void everyLimitIsA400WithAClearDetail() {
        String text = "Quillfeather";
        String limit = "ad-hoc-recognizers-limit";
        refused(body(text, "ad_hoc_recognizers", Collections.nCopies(21, titles())), limit, "At most 20 ad_hoc_recognizers");
        refused(body(text, "ad_hoc_recognizers", List.of(withPatterns("Many", Collections.nCopies(21, "x").toArray()))),
                limit, "patterns may hold at most 20");
        refused(body(text, "ad_hoc_recognizers", List.of(withPatterns("Long", "x".repeat(1001)))), limit, "at most 1000 characters");
        List<String> deny = new ArrayList<>();
        for (int i = 0; i < 1001; i++) {
            deny.add("word" + i);
        }
        refused(body(text, "ad_hoc_recognizers", List.of(Map.of("name", "Deny", "supported_entity", "X", "deny_list", deny))),
                limit, "deny_list may hold at most 1000");
        refused(body(text, "ad_hoc_recognizers", List.of(Map.of("name", "Deny", "supported_entity", "X",
                "deny_list", List.of("y".repeat(101))))), limit, "at most 100 characters");
        refused(body(text, "ad_hoc_recognizers", List.of(Map.of("name", "Ctx", "supported_entity", "X",
                "deny_list", List.of("y"), "context", Collections.nCopies(101, "staff")))), limit, "context may hold at most 100");
        // Nested counted repetitions: sized before RE2/J would expand them to a billion instructions.
        refused(body(text, "ad_hoc_recognizers", List.of(withPatterns("Nested", "((a{1000}){1000}){1000}"))), limit, "RE2 instructions");
        refused(body(text, "ad_hoc_recognizers", List.of(withPatterns("Program", "(a{100}){101}"))), limit, "RE2 instructions");
        // Each pattern under its own bound, together over the request's.
        Object[] big = Collections.nCopies(12, "([a-z]{900}){10}").toArray();
        refused(body(text, "ad_hoc_recognizers", List.of(withPatterns("Big1", big), withPatterns("Big2", big))), limit, "together");
        refused(body(text, "allow_list", Collections.nCopies(1001, "x"), "allow_list_match", "regex"), limit, "allow_list may hold at most");
    }

    @Test
    void aPatternWhoseMatchesReadTheRestOfTheTextIsRefusedNotQuadratic() {
        refused(body("a".repeat(16_384), "ad_hoc_recognizers", List.of(withPatterns("Overlap", "a*b|a"))),
                "ad-hoc-pattern-too-costly", "ad_hoc_recognizers[0] (\"Overlap\").patterns[0]");
    }

    @Test
    void backtrackingKillersAreLinear() {
        AdHocRecognizers killers = AdHocRecognizers.build(List.of(new AdHocRecognizers.Definition("Killers", "en", "KILLER",
                List.of(new AdHocRecognizers.PatternDefinition("nested plus", "(a+)+$", 0.5),
                        new AdHocRecognizers.PatternDefinition("nested star", "(x*)*y", 0.5)),
                List.of("aaaa"), null, List.of("aa"), null)));
        Analyzer.Options options = new Analyzer.Options("en", java.util.Set.of(), 0.0, List.of(), List.of(), killers, null);
        String large = "a".repeat(65_536);
        List<Finding> found = engine.analyzer().analyze(large, options);
        assertTrue(found.stream().anyMatch(f -> f.type().equals("KILLER") && f.start() == 0 && f.end() == large.length()),
                () -> "(a+)+$ matches the whole text: " + found.size());
        double ratio = CpuLinearity.ratio("a".repeat(4_096), large, 16, t -> engine.analyzer().analyze(t, options));
        System.out.printf("AhAdHocRecognizerTest backtracking killers 64 kB / (16 x 4 kB) CPU ratio %.2f%n", ratio);
        assertTrue(ratio < 4, "must stay linear, ratio " + ratio);
        // Through HTTP as well: the 64 kB text is answered.
        bot().body(body(large, "ad_hoc_recognizers", List.of(withPatterns("Killers", "(a+)+$", "(x*)*y"))))
                .when().post("/v1/analyze").then().statusCode(200).body("[0].end", is(65_536));
    }

    @Test
    void oneLongSearchChecksTheRequestsDeadlineWhileItReads() {
        AdHocRecognizers r = AdHocRecognizers.build(List.of(new AdHocRecognizers.Definition("Slow", "en", "SLOW",
                List.of(new AdHocRecognizers.PatternDefinition("p", "(x*)*y", 0.5)), null, null, null, null)));
        Scan scan = TextNormalizer.normalize("a".repeat(65_536), "en").withDeadline(Deadline.in(0));
        org.junit.jupiter.api.Assertions.assertThrows(Deadline.Exceeded.class,
                () -> r.forLanguage("en").get(0).recognize(scan, new ArrayList<>()));
        List<Candidate> none = new ArrayList<>();
        r.forLanguage("en").get(0).recognize(TextNormalizer.normalize("a".repeat(65_536), "en"), none);
        assertEquals(List.of(), none);
    }

    @Test
    void theSizeBoundIsNeverBelowTheCompiledProgram() {
        for (String re : List.of("abc", "(a+)+$", "(x*)*y", "\\d{3}-\\d{2}-\\d{4}", "a{1000}", "(a{10}){10}", "[a-z]{999}",
                "\\pL{100}", "(?i)ab(?:c|d){2,5}", "(?P<n>x){50}", "\\b\\d{5}(?:-\\d{4})?\\b", "(a|bc|def){3,7}", "((ab){3}c{2,}){4}",
                "\\Qa.b\\E{5}", "[\\]a]{9}", "x{2,}", "[[:alpha:]]{3}\\x{41}{4}", "(?s:.{10})+", "^(?:\\w+\\.){2,4}\\w+$")) {
            assertTrue(AdHocRecognizers.programBound(re) >= com.google.re2j.Pattern.compile(re).programSize(), re);
        }
    }

    @Test
    void theAuthRulesHoldForTheNewShapes() {
        String body = "{\"text\":\"EMP-40817\",\"ad_hoc_recognizers\":[{\"name\":\"E\",\"supported_entity\":\"EMPLOYEE_ID\","
                + "\"patterns\":[{\"name\":\"p\",\"regex\":\"EMP-\\\\d{5}\",\"score\":0.5}]}],\"allow_list\":[\"^x\"],\"allow_list_match\":\"regex\"}";
        AuthMatrix.of(TOKENS, "POST", "/v1/analyze").body(body).allowing("svc-bot", "svc-escalation", "svc-consent").verify();
        given().contentType(ContentType.JSON).body(body).when().post("/v1/analyze").then().statusCode(401);
        given().auth().oauth2("garbage").contentType(ContentType.JSON).body(body).when().post("/v1/analyze").then().statusCode(401);
        given().auth().oauth2(TOKENS.user("lead", "supervisor")).contentType(ContentType.JSON).body(body)
                .when().post("/v1/analyze").then().statusCode(403);
        assertEquals(200, bot().body(body).when().post("/v1/analyze").statusCode());
    }

    @Test
    void withoutAdHocRecognizersTheAnswerIsUnchanged() {
        String text = "reach Ode Varga at ode.varga@example.org or call 212-555-0187";
        var plain = bot().body(body(text)).when().post("/v1/analyze").then().statusCode(200).extract().asString();
        var empty = bot().body(body(text, "ad_hoc_recognizers", List.of())).when().post("/v1/analyze").then().statusCode(200).extract().asString();
        assertEquals(plain, empty);
        bot().body(body(text, "return_decision_process", true)).when().post("/v1/analyze").then().statusCode(200)
                .body("[0].analysis_explanation.pattern_name", nullValue())
                .body("[0].analysis_explanation.textual_explanation", nullValue());
    }
}
