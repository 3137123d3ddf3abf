package com.safesupport.redaction.api;

import com.safesupport.testing.AuthMatrix;
import com.safesupport.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class RedactResourceTest {

    static final Tokens TOKENS = new Tokens("redaction-service");
    static final String TEXT = "Hi, I'm Maria Kowalski, mail maria.kowalski@example.com or call +44 20 7946 0958. Card 4111 1111 1111 1111.";

    static ValidatableResponse redact(Object body) {
        return given().auth().oauth2(TOKENS.service("bot-service", "svc-bot")).contentType(ContentType.JSON).body(body)
                .when().post("/v1/redact").then();
    }

    @Test
    void tagsEveryEntityAndReportsOffsetsIntoTheOriginal() {
        redact(Map.of("text", TEXT)).statusCode(200)
                .body("language", is("en"))
                .body("text", is("Hi, I'm <PERSON_1>, mail <EMAIL_ADDRESS_1> or call <PHONE_NUMBER_1>. Card <CREDIT_CARD_1>."))
                .body("entities.type", equalTo(List.of("PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD")))
                .body("entities[0].start", is(8)).body("entities[0].end", is(22))
                .body("entities[1].start", is(TEXT.indexOf("maria.kowalski"))).body("entities[1].end", is(TEXT.indexOf(" or call")))
                .body("entities.operator", everyItem(is("TAG")))
                .body("entities[2].replacement", is("<PHONE_NUMBER_1>"))
                .body("entities[2].recognizer", is("PhoneRecognizer"))
                .body("entities[0].explanation", nullValue());
    }

    @Test
    void theSameValueGetsTheSameTagWithinARequest() {
        redact(Map.of("text", "Write to a@example.com, then b@example.com, then a@example.com again.")).statusCode(200)
                .body("text", is("Write to <EMAIL_ADDRESS_1>, then <EMAIL_ADDRESS_2>, then <EMAIL_ADDRESS_1> again."));
    }

    @Test
    void everyInternalServiceMayRedactAndNobodyElse() {
        AuthMatrix.of(TOKENS, "POST", "/v1/redact").body("{\"text\":\"x\"}").allowing("svc-bot", "svc-escalation", "svc-consent").verify();
        AuthMatrix.of(TOKENS, "POST", "/v1/redact/batch").body("{\"texts\":[\"x\"]}").allowing("svc-bot", "svc-escalation", "svc-consent").verify();
        given().auth().oauth2(TOKENS.service("escalation-service", "svc-escalation")).contentType(ContentType.JSON)
                .body(Map.of("text", "call 415-555-2671")).when().post("/v1/redact").then().statusCode(200)
                .body("entities[0].type", is("PHONE_NUMBER"));
    }

    @Test
    void operatorsMaskRedactAndHash() {
        redact(Map.of("text", "Card 4111 1111 1111 1111 ok", "operator", "MASK")).statusCode(200)
                .body("text", is("Card **** **** **** 1111 ok"));
        redact(Map.of("text", "Card 4111 1111 1111 1111 ok", "operator", "redact")).statusCode(200)
                .body("text", is("Card  ok")).body("entities[0].replacement", is(""));
        String first = redact(Map.of("text", "mail jo@example.com", "operator", "HASH")).statusCode(200)
                .body("entities[0].replacement", org.hamcrest.Matchers.matchesPattern("[0-9a-f]{64}"))
                .extract().path("entities[0].replacement");
        redact(Map.of("text", "JO@example.com is me", "operator", "HASH")).statusCode(200)
                .body("entities[0].replacement", is(first));
    }

    @Test
    void explainSaysWhichRecognizerValidatorAndContextWordDecided() {
        given().auth().oauth2(TOKENS.service("bot-service", "svc-bot")).contentType(ContentType.JSON)
                .body(Map.of("text", "my ssn is 536-22-1234")).queryParam("explain", true)
                .when().post("/v1/redact").then().statusCode(200)
                .body("entities[0].type", is("US_SSN"))
                .body("entities[0].explanation.recognizer", is("UsSsnRecognizer"))
                .body("entities[0].explanation.validator", is("ssn-ranges"))
                .body("entities[0].explanation.contextWord", is("ssn"))
                .body("entities[0].explanation.baseScore", is(0.6f));
    }

    @Test
    void entitiesThresholdAllowAndDenyListsNarrowTheResult() {
        redact(Map.of("text", TEXT, "entities", List.of("EMAIL_ADDRESS"))).statusCode(200)
                .body("entities.type", equalTo(List.of("EMAIL_ADDRESS")));
        redact(Map.of("text", "write to maria.kowalski@example.com", "allowList", List.of("Maria.Kowalski@example.com"))).statusCode(200)
                .body("entities", hasSize(0));
        // Deployment allow list (application.properties, test profile) and deny list.
        redact(Map.of("text", "write to support@safesupport.example about Project Bluebird")).statusCode(200)
                .body("entities.type", equalTo(List.of("DENY_LIST")))
                .body("text", is("write to support@safesupport.example about <DENY_LIST_1>"));
        redact(Map.of("text", "the codename is Falcon", "denyList", List.of("falcon"))).statusCode(200)
                .body("text", is("the codename is <DENY_LIST_1>"));
        redact(Map.of("text", "+44 20 7946 0958", "scoreThreshold", 0.99)).statusCode(200)
                .body("entities", hasSize(0));
    }

    @Test
    void customRecognizerFromConfigurationNeedsItsContext() {
        redact(Map.of("text", "about ticket TCK-123456 please")).statusCode(200)
                .body("entities[0].type", is("TICKET_REF")).body("entities[0].recognizer", is("ticket-ref"));
        redact(Map.of("text", "reference TCK-123456 please")).statusCode(200)
                .body("entities", hasSize(0));
    }

    @Test
    void batchRedactsEveryTextWithConsistentTags() {
        given().auth().oauth2(TOKENS.service("bot-service", "svc-bot")).contentType(ContentType.JSON)
                .body(Map.of("texts", List.of("mail a@example.com", "again a@example.com and b@example.com")))
                .when().post("/v1/redact/batch").then().statusCode(200)
                .body("results", hasSize(2))
                .body("results[0].text", is("mail <EMAIL_ADDRESS_1>"))
                .body("results[1].text", is("again <EMAIL_ADDRESS_1> and <EMAIL_ADDRESS_2>"));
    }

    static ValidatableResponse batch(Object body) {
        return given().auth().oauth2(TOKENS.service("bot-service", "svc-bot")).contentType(ContentType.JSON).body(body)
                .when().queryParam("explain", true).post("/v1/redact/batch").then();
    }

    @Test
    void aBatchAnswersForEachTextWhatItsOwnRequestAnswers() {
        // 70 texts, some empty, some long (the long ones split the engine's groups); MASK keeps no state between texts.
        List<String> texts = new java.util.ArrayList<>();
        for (int i = 0; i < 70; i++) {
            texts.add(switch (i % 7) {
                case 0 -> TEXT;
                case 1 -> "";
                case 2 -> "ticket TCK-" + (100000 + i) + " for Jane Roe, born 5-May-1980";
                case 3 -> "order no. 40021987, ssn 078-05-1121, iban GB82 WEST 1234 5698 7654 32";
                case 4 -> "server 192.0.2." + i + " and 2001:db8::1, acme project, <PERSON_1> wrote";
                case 5 -> "Hello,\nI live at 12 Sample Street, Springfield, IL 62704.\nKind regards,\nAnna Weber ".repeat(20);
                default -> "nothing personal here " + i;
            });
        }
        Map<String, Object> options = Map.of("operator", "MASK", "entities", List.of("PERSON", "PHONE_NUMBER", "EMAIL_ADDRESS",
                "CREDIT_CARD", "US_SSN", "IBAN_CODE", "IP_ADDRESS", "DATE_TIME", "STREET_ADDRESS", "TICKET_REF"),
                "scoreThreshold", 0.3, "denyList", List.of("acme"), "allowList", List.of("jane roe"));
        Map<String, Object> body = new java.util.HashMap<>(options);
        body.put("texts", texts);
        List<Map<String, Object>> results = batch(body).statusCode(200).extract().path("results");
        assertEquals(texts.size(), results.size());
        for (int i = 0; i < texts.size(); i++) {
            Map<String, Object> one = new java.util.HashMap<>(options);
            one.put("text", texts.get(i));
            Map<String, Object> alone = given().auth().oauth2(TOKENS.service("bot-service", "svc-bot")).contentType(ContentType.JSON)
                    .body(one).when().queryParam("explain", true).post("/v1/redact").then().statusCode(200).extract().path("");
            assertEquals(alone, results.get(i), "text " + i);
        }
    }

    @Test
    void aHostileBatchIsRefusedAtTheLimitsOrRedacted() {
        // At the limits: 100 texts (the maximum) of hostile shapes, 2 kB each, are redacted in one call.
        List<String> hostile = new java.util.ArrayList<>();
        String[] units = {"1-2 3.4 5/6 ", "4111 1111 1111 1111 ", "a.b@c.d-e.f_g ", "((((((((", "\u200B\u200B+44", "Street 12 Apt 4 Main St "};
        for (int i = 0; i < 100; i++) {
            String unit = units[i % units.length];
            hostile.add(unit.repeat(2048 / unit.length()));
        }
        batch(Map.of("texts", hostile, "operator", "MASK")).statusCode(200).body("results", hasSize(100));
        // One text over the size limit anywhere in the batch: 413, nothing echoed.
        List<String> oneTooBig = new java.util.ArrayList<>(List.of("mail a@example.com", "fine"));
        oneTooBig.add(1, "secret-ish words ".repeat(4000));
        batch(Map.of("texts", oneTooBig)).statusCode(413).contentType("application/problem+json")
                .body("type", is("https://safesupport.dev/problems/text-too-large"))
                .body("detail", not(containsString("secret-ish")));
    }

    @Test
    void limitsAreProblemJsonWithoutTheText() {
        String big = "secret-ish words ".repeat(4000);
        redact(Map.of("text", big)).statusCode(413).contentType("application/problem+json")
                .body("type", is("https://safesupport.dev/problems/text-too-large"))
                .body("detail", not(containsString("secret-ish")));
        given().auth().oauth2(TOKENS.service("bot-service", "svc-bot")).contentType(ContentType.JSON)
                .body(Map.of("texts", java.util.Collections.nCopies(101, "x")))
                .when().post("/v1/redact/batch").then().statusCode(413)
                .body("type", is("https://safesupport.dev/problems/batch-too-large"));
    }

    @Test
    void invalidRequestsAreProblemJson() {
        redact(Map.of("language", "en")).statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("text"));
        redact(Map.of("text", "hello", "language", "xx")).statusCode(400)
                .body("type", is("https://safesupport.dev/problems/unsupported-language"));
        redact(Map.of("text", "mail a@example.com", "operator", "PSEUDONYMIZE")).statusCode(400)
                .body("type", is("https://safesupport.dev/problems/scope-required"));
        redact(Map.of("text", "x", "scoreThreshold", 2)).statusCode(400).body("errors.field", hasItem("scoreThreshold"));
        redact(Map.of("text", "x", "operator", "SHRED")).statusCode(400).body("detail", not(containsString("SHRED")));
    }

    @Test
    void evasionsAreCaughtAndOffsetsStayInTheOriginal() {
        String text = "mail ma\u200Bria@exam\u200Dple.com or ｊｏｅ＠ｅｘａｍｐｌｅ．ｃｏｍ, card ４１１１ 1111 1111 1111";
        redact(Map.of("text", text)).statusCode(200)
                .body("entities.type", equalTo(List.of("EMAIL_ADDRESS", "EMAIL_ADDRESS", "CREDIT_CARD")))
                .body("entities[0].start", is(5)).body("entities[0].end", is(text.indexOf(" or")))
                .body("entities[1].start", is(text.indexOf("ｊ"))).body("entities[1].end", is(text.indexOf(", card")))
                .body("entities[2].end", is(text.length()))
                .body("text", is("mail <EMAIL_ADDRESS_1> or <EMAIL_ADDRESS_2>, card <CREDIT_CARD_1>"));
    }

    @Test
    void theOpenApiDocumentDescribesTheContract() {
        given().when().get("/openapi?format=json").then().statusCode(200)
                .body(containsString("/v1/redact")).body(containsString("/v1/restore")).body(containsString("/v1/analyze"));
    }
}
