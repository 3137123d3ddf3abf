package com.safesupport.redaction.api;

import com.safesupport.testing.AuthMatrix;
import com.safesupport.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class PresidioApiTest {

    static final Tokens TOKENS = new Tokens("redaction-service");
    static final String TEXT = "My phone is 212-555-5555 and my email is jane@example.com";

    @Test
    void analyzeAnswersInPresidiosShape() {
        given().auth().oauth2(TOKENS.service("bot-service", "svc-bot")).contentType(ContentType.JSON)
                .body(Map.of("text", TEXT, "language", "en", "return_decision_process", true))
                .when().post("/v1/analyze").then().statusCode(200)
                .body("entity_type", equalTo(List.of("PHONE_NUMBER", "EMAIL_ADDRESS")))
                .body("[0].start", is(12)).body("[0].end", is(24))
                .body("[0].recognition_metadata.recognizer_name", is("PhoneRecognizer"))
                .body("[0].analysis_explanation.supportive_context_word", is("phone"))
                .body("[1].analysis_explanation.validator", is("tld"));
        given().auth().oauth2(TOKENS.service("bot-service", "svc-bot")).contentType(ContentType.JSON)
                .body(Map.of("text", TEXT, "entities", List.of("EMAIL_ADDRESS"), "score_threshold", 0.5))
                .when().post("/v1/analyze").then().statusCode(200)
                .body("entity_type", equalTo(List.of("EMAIL_ADDRESS")))
                .body("[0].analysis_explanation", nullValue());
    }

    @Test
    void analyzeWithoutAThresholdReturnsWhatPresidioWouldLowScoresIncluded() {
        // A made-up dotted quartet of digits only, without its word: a possible MAC address at a low score.
        String text = "the code on the box is 4821.0937.5512";
        String bot = TOKENS.service("bot-service", "svc-bot");
        given().auth().oauth2(bot).contentType(ContentType.JSON).body(Map.of("text", text))
                .when().post("/v1/analyze").then().statusCode(200)
                .body("entity_type", equalTo(List.of("MAC_ADDRESS")))
                .body("[0].score", org.hamcrest.Matchers.lessThan(0.4f));
        given().auth().oauth2(bot).contentType(ContentType.JSON).body(Map.of("text", text, "score_threshold", 0.4))
                .when().post("/v1/analyze").then().statusCode(200).body("$", hasSize(0));
        // The suite's own endpoint keeps the deployment's threshold (0.4).
        given().auth().oauth2(bot).contentType(ContentType.JSON).body(Map.of("text", text, "mode", "TAG"))
                .when().post("/v1/redact").then().statusCode(200).body("entities", hasSize(0));
    }

    @Test
    void analyzeSpeaksPresidiosEntityNamesBothWays() {
        String text = "my passport number is X4821937, see www.example.org";
        given().auth().oauth2(TOKENS.service("bot-service", "svc-bot")).contentType(ContentType.JSON)
                .body(Map.of("text", text, "language", "en", "entities", List.of("US_PASSPORT", "URL")))
                .when().post("/v1/analyze").then().statusCode(200)
                .body("entity_type", equalTo(List.of("US_PASSPORT", "URL")))
                .body("[0].start", is(text.indexOf("X48"))).body("[0].end", is(text.indexOf(", see")));
    }

    @Test
    void analyzeFindsTimestampsAndIpv6AsOneSpanEach() {
        String text = "at 2024-02-29T23:59:58.125-05:00 from fe80::a00:27ff:fe4e:66a1%en0";
        given().auth().oauth2(TOKENS.service("bot-service", "svc-bot")).contentType(ContentType.JSON)
                .body(Map.of("text", text))
                .when().post("/v1/analyze").then().statusCode(200)
                .body("entity_type", equalTo(List.of("DATE_TIME", "IP_ADDRESS")))
                .body("[0].start", is(3)).body("[0].end", is(text.indexOf(" from")))
                .body("[1].start", is(text.indexOf("fe80"))).body("[1].end", is(text.length()));
    }

    @Test
    void anonymizeAppliesPresidioOperatorsAndReportsOutputOffsets() {
        Map<String, Object> body = Map.of(
                "text", TEXT,
                "anonymizers", Map.of(
                        "DEFAULT", Map.of("type", "replace", "new_value", "ANONYMIZED"),
                        "PHONE_NUMBER", Map.of("type", "mask", "masking_char", "*", "chars_to_mask", 4, "from_end", true)),
                "analyzer_results", List.of(
                        Map.of("start", 12, "end", 24, "score", 0.9, "entity_type", "PHONE_NUMBER"),
                        Map.of("start", 41, "end", 57, "score", 1.0, "entity_type", "EMAIL_ADDRESS"),
                        Map.of("start", 45, "end", 52, "score", 0.5, "entity_type", "DOMAIN_NAME")));
        given().auth().oauth2(TOKENS.service("bot-service", "svc-bot")).contentType(ContentType.JSON).body(body)
                .when().post("/v1/anonymize").then().statusCode(200)
                .body("text", is("My phone is 212-555-**** and my email is ANONYMIZED"))
                .body("items", hasSize(2))
                .body("items[0].operator", is("mask")).body("items[0].text", is("212-555-****"))
                .body("items[1].start", is(41)).body("items[1].end", is(51)).body("items[1].operator", is("replace"));
    }

    @Test
    void anonymizeDefaultsToTypeTagsAndRefusesUnknownOperatorsAndBadOffsets() {
        given().auth().oauth2(TOKENS.service("bot-service", "svc-bot")).contentType(ContentType.JSON)
                .body(Map.of("text", TEXT, "analyzer_results", List.of(Map.of("start", 41, "end", 57, "entity_type", "EMAIL_ADDRESS"))))
                .when().post("/v1/anonymize").then().statusCode(200)
                .body("text", is("My phone is 212-555-5555 and my email is <EMAIL_ADDRESS>"));
        given().auth().oauth2(TOKENS.service("bot-service", "svc-bot")).contentType(ContentType.JSON)
                .body(Map.of("text", TEXT, "anonymizers", Map.of("DEFAULT", Map.of("type", "custom", "lambda", "x")),
                        "analyzer_results", List.of()))
                .when().post("/v1/anonymize").then().statusCode(400)
                .body("type", is("https://safesupport.dev/problems/unsupported-operator"));
        given().auth().oauth2(TOKENS.service("bot-service", "svc-bot")).contentType(ContentType.JSON)
                .body(Map.of("text", "short", "analyzer_results", List.of(Map.of("start", 2, "end", 99, "entity_type", "X"))))
                .when().post("/v1/anonymize").then().statusCode(400)
                .body("type", is("https://safesupport.dev/problems/invalid-offsets"));
    }

    @Test
    void nationalIdentifiersAnswerUnderPresidiosNames() {
        // Made-up values with valid check digits (an ABN, a Spanish NIE), asked for by Presidio's entity names.
        String text = "ABN 70 032 496 685, NIE Y5009051X";
        given().auth().oauth2(TOKENS.service("bot-service", "svc-bot")).contentType(ContentType.JSON)
                .body(Map.of("text", text, "language", "en", "entities", List.of("AU_ABN", "ES_NIE")))
                .when().post("/v1/analyze").then().statusCode(200)
                .body("entity_type", equalTo(List.of("AU_ABN", "ES_NIE")))
                .body("[0].start", is(4)).body("[0].end", is(18))
                .body("[1].start", is(text.indexOf("Y5"))).body("[1].end", is(text.length()));
        given().auth().oauth2(TOKENS.user("lead", "supervisor")).when().get("/v1/entities").then().statusCode(200)
                .body("entities.type", hasItem("IN_AADHAAR"))
                .body("entities.find { it.type == 'FI_PERSONAL_IDENTITY_CODE' }.recognizers", equalTo(List.of("NationalCodeRecognizer")))
                .body("recognizers.find { it.name == 'NationalNumberRecognizer' }.validator", is("national-check-digits"));
    }

    @Test
    void documentShapesAnswerUnderPresidiosNamesWithTheirWords() {
        // Made-up values: an Indian plate (state MH, district 14) and an Italian passport number after its Italian word.
        String text = "vehicle MH14XY2087, passaporto ZX4827163";
        given().auth().oauth2(TOKENS.service("bot-service", "svc-bot")).contentType(ContentType.JSON)
                .body(Map.of("text", text, "language", "en", "entities", List.of("IN_VEHICLE_REGISTRATION", "IT_PASSPORT")))
                .when().post("/v1/analyze").then().statusCode(200)
                .body("entity_type", equalTo(List.of("IN_VEHICLE_REGISTRATION", "IT_PASSPORT")))
                .body("[0].start", is(8)).body("[0].end", is(18))
                .body("[1].start", is(text.indexOf("ZX"))).body("[1].end", is(text.length()));
        given().auth().oauth2(TOKENS.user("lead", "supervisor")).when().get("/v1/entities").then().statusCode(200)
                .body("entities.type", hasItem("IN_VOTER"))
                .body("entities.find { it.type == 'IT_IDENTITY_CARD' }.recognizers", equalTo(List.of("DocumentShapeRecognizer")));
    }

    @Test
    void macAddressesAnswerUnderTheSameName() {
        // Made-up addresses: colon form and Cisco's dotted form after its word.
        String text = "laptop 3c:5a:b4:07:e1:9d, router mac 3c5a.b407.e19d";
        given().auth().oauth2(TOKENS.service("bot-service", "svc-bot")).contentType(ContentType.JSON)
                .body(Map.of("text", text, "language", "en", "entities", List.of("MAC_ADDRESS")))
                .when().post("/v1/analyze").then().statusCode(200)
                .body("entity_type", equalTo(List.of("MAC_ADDRESS", "MAC_ADDRESS")))
                .body("[0].start", is(7)).body("[0].end", is(24))
                .body("[1].start", is(text.indexOf("3c5a"))).body("[1].end", is(text.length()));
        given().auth().oauth2(TOKENS.user("lead", "supervisor")).when().get("/v1/entities").then().statusCode(200)
                .body("entities.find { it.type == 'MAC_ADDRESS' }.recognizers", equalTo(List.of("MacAddressRecognizer")))
                .body("entities.find { it.type == 'MAC_ADDRESS' }.personalData", is(true));
    }

    @Test
    void presidioEndpointsAreForInternalServicesOnly() {
        AuthMatrix.of(TOKENS, "POST", "/v1/analyze").body("{\"text\":\"x\"}").allowing("svc-bot", "svc-escalation", "svc-consent").verify();
        AuthMatrix.of(TOKENS, "POST", "/v1/anonymize").body("{\"text\":\"x\"}").allowing("svc-bot", "svc-escalation", "svc-consent").verify();
    }

    @Test
    void entitiesListsTypesAndRecognizers() {
        given().auth().oauth2(TOKENS.user("lead", "supervisor")).when().get("/v1/entities").then().statusCode(200)
                .body("entities.type", hasItem("CREDIT_CARD"))
                .body("entities.find { it.type == 'PHONE_NUMBER' }.recognizers", equalTo(List.of("PhoneRecognizer", "SpelledPhoneRecognizer", "LogUserRecognizer")))
                .body("entities.find { it.type == 'TICKET_REF' }.personalData", is(true))
                .body("recognizers.find { it.name == 'CreditCardRecognizer' }.validator", is("luhn"))
                .body("languages", equalTo(List.of("en")))
                .body("recognizers", notNullValue());
        AuthMatrix.of(TOKENS, "GET", "/v1/entities")
                .allowing("svc-bot", "svc-escalation", "svc-consent", "supervisor", "privacy-officer").verify();
    }

    /**
     * Presidio's {@code encrypt} and {@code /v1/deanonymize} end to end, endpoints only, so that {@link PresidioApiIT}
     * runs it against the native executable too (AES/CBC and the IV's SecureRandom there): a value encrypted here
     * decrypts here, and a vector made by {@code openssl enc} (see EnAesInteropTest) decrypts as well.
     */
    @Test
    void encryptAndDeanonymizeRoundTrip() {
        String key = "Made-up key 16b!";
        String text = "write to ode.varga@example.org today";
        io.restassured.response.ExtractableResponse<io.restassured.response.Response> enc =
                given().auth().oauth2(TOKENS.service("bot-service", "svc-bot")).contentType(ContentType.JSON)
                        .body(Map.of("text", text,
                                "anonymizers", Map.of("EMAIL_ADDRESS", Map.of("type", "encrypt", "key", key)),
                                "analyzer_results", List.of(Map.of("start", 9, "end", 30, "score", 0.9, "entity_type", "EMAIL_ADDRESS"))))
                        .when().post("/v1/anonymize").then().statusCode(200)
                        .body("items[0].operator", is("encrypt")).extract();
        String anonymized = enc.path("text");
        int start = enc.path("items[0].start");
        int end = enc.path("items[0].end");
        org.junit.jupiter.api.Assertions.assertFalse(anonymized.contains("ode.varga"));
        String restorer = TOKENS.service("ops-tool", "redaction-restore");
        given().auth().oauth2(restorer).contentType(ContentType.JSON)
                .body(Map.of("text", anonymized,
                        "anonymizer_results", List.of(Map.of("entity_type", "EMAIL_ADDRESS", "start", start, "end", end)),
                        "deanonymizers", Map.of("DEFAULT", Map.of("type", "decrypt", "key", key))))
                .when().post("/v1/deanonymize").then().statusCode(200)
                .body("text", is(text)).body("items[0].text", is("ode.varga@example.org"));
        String vector = "AAECAwQFBgcICQoLDA0OD8znJE93MkBxF1pY2RH3mWQ=";
        given().auth().oauth2(restorer).contentType(ContentType.JSON)
                .body(Map.of("text", vector,
                        "anonymizer_results", List.of(Map.of("entity_type", "PERSON", "start", 0, "end", vector.length())),
                        "deanonymizers", Map.of("DEFAULT", Map.of("type", "decrypt", "key", key))))
                .when().post("/v1/deanonymize").then().statusCode(200).body("text", is("Ode Varga"));
        // The bot may encrypt but never restore.
        given().auth().oauth2(TOKENS.service("bot-service", "svc-bot")).contentType(ContentType.JSON)
                .body(Map.of("text", anonymized,
                        "anonymizer_results", List.of(Map.of("entity_type", "EMAIL_ADDRESS", "start", start, "end", end)),
                        "deanonymizers", Map.of("DEFAULT", Map.of("type", "decrypt", "key", key))))
                .when().post("/v1/deanonymize").then().statusCode(403);
    }

    /** An ad-hoc pattern recogniser and a deny list sent with the request (RE2/J), endpoints only: {@link PresidioApiIT} runs it native. */
    @Test
    void adHocRecognizersRunWithTheRequest() {
        Map<String, Object> membership = Map.of("name", "Membership", "supported_language", "en", "supported_entity", "MEMBERSHIP_ID",
                "patterns", List.of(Map.of("name", "membership", "regex", "\\bMB-[0-9]{6}\\b", "score", 0.5)),
                "context", List.of("membership"));
        Map<String, Object> titles = Map.of("name", "Titles", "supported_language", "en", "supported_entity", "TITLE",
                "deny_list", List.of("Mr.", "Mrs."));
        given().auth().oauth2(TOKENS.service("bot-service", "svc-bot")).contentType(ContentType.JSON)
                .body(Map.of("text", "Mrs. Lind, membership MB-482193 renews soon", "language", "en",
                        "ad_hoc_recognizers", List.of(membership, titles), "entities", List.of("MEMBERSHIP_ID", "TITLE")))
                .when().post("/v1/analyze").then().statusCode(200)
                .body("entity_type", equalTo(List.of("TITLE", "MEMBERSHIP_ID")))
                .body("[1].start", is(22)).body("[1].end", is(31))
                .body("[1].score", org.hamcrest.Matchers.greaterThan(0.5f));
    }
}
