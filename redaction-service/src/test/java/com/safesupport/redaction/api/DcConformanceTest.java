package com.safesupport.redaction.api;

import com.safesupport.testing.AuthMatrix;
import com.safesupport.testing.ProblemShape;
import com.safesupport.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.aMapWithSize;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/**
 * Contract conformance as a peer team would test it (stop 47, dc): the Presidio-shaped endpoints against the request
 * and response shapes of Presidio's public REST API (snake_case fields, {@code analysis_explanation} always sent,
 * the batch form of {@code text}, the {@code /supportedentities}, {@code /recognizers} and {@code /anonymizers}
 * catalogues, Presidio's optional fields accepted, what is not offered refused rather than ignored), and the
 * problem+json error contract. All texts are made up.
 */
@QuarkusTest
class DcConformanceTest {

    static final Tokens TOKENS = new Tokens("redaction-service");
    static final String MAIL_AND_PHONE = "reach Ode Varga at ode.varga@example.org or call 212-555-0187";

    private static RequestSpecification bot() {
        return given().auth().oauth2(TOKENS.service("bot-service", "svc-bot")).contentType(ContentType.JSON);
    }

    @Test
    void analysisExplanationIsAlwaysSentNullUnlessTheDecisionProcessIsAsked() {
        bot().body(Map.of("text", MAIL_AND_PHONE, "language", "en")).when().post("/v1/analyze").then().statusCode(200)
                .body("$", not(hasSize(0)))
                .body("", everyItem(allOf(hasKey("entity_type"), hasKey("start"), hasKey("end"), hasKey("score"),
                        hasKey("analysis_explanation"))))
                .body("analysis_explanation", everyItem(nullValue()));
        bot().body(Map.of("text", MAIL_AND_PHONE, "language", "en", "return_decision_process", false))
                .when().post("/v1/analyze").then().statusCode(200).body("analysis_explanation", everyItem(nullValue()));
    }

    @Test
    void theDecisionProcessCarriesPresidiosExplanationKeys() {
        bot().body(Map.of("text", "it was ode.varga@example.org yesterday", "return_decision_process", true))
                .when().post("/v1/analyze").then().statusCode(200)
                .body("entity_type", equalTo(List.of("EMAIL_ADDRESS")))
                .body("[0].analysis_explanation", allOf(hasKey("recognizer"), hasKey("pattern_name"), hasKey("pattern"),
                        hasKey("original_score"), hasKey("score"), hasKey("textual_explanation"),
                        hasKey("score_context_improvement"), hasKey("supportive_context_word"), hasKey("validation_result")))
                // Presidio's "no context word" is the empty string, not a missing key.
                .body("[0].analysis_explanation.supportive_context_word", is(""))
                .body("[0].analysis_explanation.score_context_improvement", is(0.0f));
    }

    @Test
    void presidiosOptionalRequestFieldsAreAccepted() {
        bot().body(Map.of("text", MAIL_AND_PHONE, "language", "en", "correlation_id", "c-17", "trace", "1",
                        "context", List.of("phone"), "allow_list", List.of("ode.varga@example.org"), "allow_list_match", "exact",
                        "ad_hoc_recognizers", List.of(), "entities", List.of("EMAIL_ADDRESS", "PHONE_NUMBER")))
                .when().post("/v1/analyze").then().statusCode(200)
                // The allow-listed address is left alone; the look-alike phone is still found.
                .body("entity_type", equalTo(List.of("PHONE_NUMBER")));
    }

    @Test
    void aBatchOfTextsIsAnsweredWithOneResultListEach() {
        bot().body(Map.of("text", List.of("mail ode.varga@example.org", "nothing personal here", "call 212-555-0187"),
                        "language", "en"))
                .when().post("/v1/analyze").then().statusCode(200)
                .body("$", hasSize(3))
                .body("[0].entity_type", equalTo(List.of("EMAIL_ADDRESS")))
                .body("[1]", hasSize(0))
                .body("[2].entity_type", equalTo(List.of("PHONE_NUMBER")))
                .body("[2][0].analysis_explanation", nullValue());
        ProblemShape.of(bot().body(Map.of("text", List.of("a", 7))).when().post("/v1/analyze").then(), 400, "/v1/analyze")
                .body("type", is("https://safesupport.dev/problems/invalid-text"));
        ProblemShape.of(bot().body(Map.of("text", Map.of("a", "b"))).when().post("/v1/analyze").then(), 400, "/v1/analyze");
    }

    @Test
    void theBatchFormAndTheContextListCostLinearTime() {
        // Hostile characters between a made-up phone, name and address; 16 times the texts (or the context words),
        // at most ~16 times the CPU (a quadratic path gives ~16).
        String unit = "Call \\u200b+44\\u200d20 \\u202e7946 0958, Jo\\u2066 Smith, a\\u00adb@example.com. ";
        String token = TOKENS.service("bot-service", "svc-bot");
        double batch = com.safesupport.testing.HostileInput.cpuRatioRepeated(4, 16, n -> ok(com.safesupport.testing.HostileInput.json(token,
                "{\"text\":[" + ("\"" + unit + "\",").repeat(n - 1) + "\"x\"]}").post("/v1/analyze")));
        double context = com.safesupport.testing.HostileInput.cpuRatioRepeated(200, 16, n -> ok(com.safesupport.testing.HostileInput.json(token,
                "{\"text\":\"" + unit + "\",\"context\":[" + "\"phone\u200b\",".repeat(n - 1) + "\"x\"]}").post("/v1/analyze")));
        System.out.printf("DcConformanceTest CPU ratios: batch %.2f, context %.2f%n", batch, context);
        org.junit.jupiter.api.Assertions.assertTrue(batch < 4, "a batch must cost linear time, ratio " + batch);
        org.junit.jupiter.api.Assertions.assertTrue(context < 4, "a context list must cost linear time, ratio " + context);
    }

    private static io.restassured.response.Response ok(io.restassured.response.Response r) {
        org.junit.jupiter.api.Assertions.assertEquals(200, r.statusCode(), "answered " + r.asString().substring(0, Math.min(300, r.asString().length())));
        return r;
    }

    @Test
    void whatIsNotOfferedIsRefusedNeverSilentlyIgnored() {
        Map<String, Object> zip = Map.of("name", "Zip", "supported_language", "en", "supported_entity", "ZIP",
                "patterns", List.of(Map.of("name", "zip", "regex", "\\b\\d{5}\\b", "score", 0.4)));
        // Since branch ah ad-hoc recognisers run (AhAdHocRecognizerTest); a pattern RE2 cannot run is refused, not skipped.
        Map<String, Object> lookBehind = Map.of("name", "Zip", "supported_language", "en", "supported_entity", "ZIP",
                "patterns", List.of(Map.of("name", "zip", "regex", "(?<=zip )\\d{5}", "score", 0.4)));
        bot().body(Map.of("text", "zip 90210", "ad_hoc_recognizers", List.of(zip), "entities", List.of("ZIP")))
                .when().post("/v1/analyze").then().statusCode(200).body("entity_type", equalTo(List.of("ZIP")));
        ProblemShape.of(bot().body(Map.of("text", "zip 90210", "ad_hoc_recognizers", List.of(lookBehind)))
                        .when().post("/v1/analyze").then(), 400, "/v1/analyze")
                .body("type", is("https://safesupport.dev/problems/invalid-ad-hoc-recognizer"))
                .body("detail", not(org.hamcrest.Matchers.containsString("90210")));
        ProblemShape.of(bot().body(Map.of("text", "zip 90210", "allow_list", List.of("9.*"), "allow_list_match", "fuzzy"))
                        .when().post("/v1/analyze").then(), 400, "/v1/analyze")
                .body("type", is("https://safesupport.dev/problems/unsupported-allow-list-match"));
        ProblemShape.of(bot().body(Map.of("text", "x", "language", "zz")).when().post("/v1/analyze").then(), 400, "/v1/analyze")
                .body("type", is("https://safesupport.dev/problems/unsupported-language"));
    }

    @Test
    void theCataloguesAnswerInPresidiosVocabulary() {
        String lead = TOKENS.user("lead", "supervisor");
        List<String> entities = given().auth().oauth2(lead).when().get("/v1/supportedentities").then().statusCode(200)
                .body("$", hasItems("EMAIL_ADDRESS", "PHONE_NUMBER", "US_PASSPORT", "US_BANK_NUMBER", "CREDIT_CARD"))
                .body("$", not(hasItem("PASSPORT")))
                .extract().jsonPath().getList("$", String.class);
        given().auth().oauth2(lead).queryParam("language", "en").when().get("/v1/supportedentities").then().statusCode(200)
                .body("$", equalTo(entities));
        ProblemShape.of(given().auth().oauth2(lead).queryParam("language", "zz").when().get("/v1/supportedentities").then(),
                400, "/v1/supportedentities");
        // Every type analyze answers is one the catalogue lists.
        List<String> found = bot().body(Map.of("text", MAIL_AND_PHONE + ", passport X4821937")).when().post("/v1/analyze")
                .then().statusCode(200).extract().jsonPath().getList("entity_type", String.class);
        org.junit.jupiter.api.Assertions.assertTrue(entities.containsAll(found), found + " not all in " + entities);

        given().auth().oauth2(lead).when().get("/v1/recognizers").then().statusCode(200)
                .body("$", hasItems("PhoneRecognizer", "CreditCardRecognizer"));
        given().auth().oauth2(lead).queryParam("language", "en").when().get("/v1/recognizers").then().statusCode(200)
                .body("$", hasItem("PhoneRecognizer"));
        given().auth().oauth2(lead).when().get("/v1/anonymizers").then().statusCode(200)
                .body("$", equalTo(List.of("encrypt", "hash", "keep", "mask", "redact", "replace")));
        for (String path : List.of("/v1/supportedentities", "/v1/recognizers", "/v1/anonymizers")) {
            AuthMatrix.of(TOKENS, "GET", path)
                    .allowing("svc-bot", "svc-escalation", "svc-consent", "supervisor", "privacy-officer").verify();
        }
    }

    @Test
    void everyListedAnonymizerIsAcceptedAndCustomIsNot() {
        String text = "id ode.varga@example.org";
        Map<String, Object> result = Map.of("start", 3, "end", text.length(), "score", 0.9, "entity_type", "EMAIL_ADDRESS");
        Map<String, Map<String, Object>> expected = Map.of(
                "replace", Map.of("text", "id <EMAIL_ADDRESS>"),
                "redact", Map.of("text", "id "),
                "keep", Map.of("text", text),
                "mask", Map.of("text", "id " + "*".repeat(text.length() - 3)));
        for (String op : List.of("hash", "keep", "mask", "redact", "replace")) {
            var response = bot().body(Map.of("text", text, "anonymizers", Map.of("DEFAULT", Map.of("type", op)),
                            "analyzer_results", List.of(result)))
                    .when().post("/v1/anonymize").then().statusCode(200)
                    .body("$", aMapWithSize(2))
                    .body("items", hasSize(1))
                    .body("items[0]", allOf(hasKey("start"), hasKey("end"), hasKey("entity_type"), hasKey("text"), hasKey("operator")))
                    .body("items[0].operator", is(op))
                    .body("items[0].entity_type", is("EMAIL_ADDRESS"));
            if (op.equals("hash")) {
                response.body("text", matchesPattern("id [0-9a-f]{64}"));
            } else {
                response.body("text", is(expected.get(op).get("text")));
            }
        }
        ProblemShape.of(bot().body(Map.of("text", text, "anonymizers", Map.of("EMAIL_ADDRESS", Map.of("type", "custom", "lambda", "x")),
                        "analyzer_results", List.of(result))).when().post("/v1/anonymize").then(), 400, "/v1/anonymize")
                .body("type", is("https://safesupport.dev/problems/unsupported-operator"))
                .body("detail", org.hamcrest.Matchers.containsString("encrypt, hash, keep, mask, redact, replace"));
        bot().body(Map.of("text", "no findings here", "analyzer_results", List.of())).when().post("/v1/anonymize")
                .then().statusCode(200).body("text", is("no findings here")).body("items", hasSize(0));
    }

    @Test
    void errorsAreCompleteProblemsWithFieldErrors() {
        ProblemShape.validation(bot().body(Map.of("language", "en")).when().post("/v1/analyze").then(), "/v1/analyze", "text");
        ProblemShape.validation(bot().body(Map.of("language", "en")).when().post("/v1/redact").then(), "/v1/redact", "text");
        ProblemShape.validation(bot().body(Map.of("analyzer_results", List.of())).when().post("/v1/anonymize").then(),
                "/v1/anonymize", "text");
        ProblemShape.of(given().contentType(ContentType.JSON).body(Map.of("text", "x")).when().post("/v1/analyze").then(),
                401, "/v1/analyze");
        ProblemShape.of(given().auth().oauth2(TOKENS.user("cara", "customer")).contentType(ContentType.JSON)
                .body(Map.of("text", "x")).when().post("/v1/analyze").then(), 403, "/v1/analyze");
        ProblemShape.of(given().auth().oauth2(TOKENS.user("cara", "customer")).contentType(ContentType.JSON)
                .body(Map.of("text", "x", "scope", "s")).when().post("/v1/restore").then(), 403, "/v1/restore");
    }
}
