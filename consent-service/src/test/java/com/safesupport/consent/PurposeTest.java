package com.safesupport.consent;

import com.safesupport.testing.AuthMatrix;
import com.safesupport.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import static com.safesupport.consent.ConsentSteps.REUSED;
import static com.safesupport.consent.ConsentSteps.TOKENS;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;

@QuarkusTest
class PurposeTest {

    static final String DEFINITION = """
            {"name":"Surveys","description":"We ask you about your support experience.",
             "dpvPurpose":"https://w3id.org/dpv#CustomerSatisfactionSurvey","legalBasis":"consent",
             "retention":"P6M","consentValidity":"P1Y","noticeText":"With your consent we may send you a short survey."}""";

    @Test
    void theCatalogueIsReadableByAnyoneAuthenticatedAndManagedByPrivacyOfficers() {
        AuthMatrix.of(REUSED, "GET", "/v1/purposes").allowing(Tokens.Roles.ALL).verify();
        AuthMatrix.of(REUSED, "GET", "/v1/purposes/analytics").allowing(Tokens.Roles.ALL).verify();
        AuthMatrix.of(REUSED, "PUT", "/v1/purposes/surveys-matrix").body(DEFINITION).allowing("privacy-officer").verify();
        AuthMatrix.of(REUSED, "POST", "/v1/purposes/analytics/notices").body("{\"text\":\"x\",\"material\":false}")
                .allowing("privacy-officer").verify();
    }

    @Test
    void theFiveStablePurposesAreSeededWithDpvPurposeLegalBasisRetentionAndHashedNotice() {
        given().auth().oauth2(TOKENS.service("bot-service", "svc-bot"))
                .when().get("/v1/purposes")
                .then().statusCode(200)
                .body("code", hasItems("ai-assistance", "transcript-retention", "service-improvement", "model-training", "analytics"))
                .body("find { it.code == 'ai-assistance' }.dpvPurpose", is("https://w3id.org/dpv#CustomerCare"))
                .body("find { it.code == 'ai-assistance' }.legalBasis", is("consent"))
                .body("find { it.code == 'ai-assistance' }.retention", is("P30D"));
        String text = given().auth().oauth2(TOKENS.customer(ConsentSteps.ALICE))
                .when().get("/v1/purposes/ai-assistance")
                .then().statusCode(200)
                .body("notices[0].version", is(1))
                .extract().path("notices[0].text");
        String sha = given().auth().oauth2(TOKENS.customer(ConsentSteps.ALICE))
                .when().get("/v1/purposes/ai-assistance").then().extract().path("notices[0].sha256");
        org.junit.jupiter.api.Assertions.assertEquals(com.safesupport.consent.purpose.PurposeCatalogue.sha256(text), sha);
    }

    @Test
    void aPrivacyOfficerDefinesANewPurposeWithItsFirstNotice() {
        given().auth().oauth2(TOKENS.user("petra", "privacy-officer")).contentType(ContentType.JSON).body(DEFINITION)
                .when().put("/v1/purposes/surveys")
                .then().statusCode(200)
                .body("code", is("surveys"))
                .body("noticeVersion", is(1))
                .body("retention", is("P6M"));
        given().auth().oauth2(TOKENS.customer(ConsentSteps.ALICE))
                .when().get("/v1/subjects/{s}/decisions/surveys", ConsentSteps.ALICE)
                .then().statusCode(200).body("state", is("NOT_ASKED"));
    }

    @Test
    void invalidDefinitionsAreRejected() {
        given().auth().oauth2(TOKENS.user("petra", "privacy-officer")).contentType(ContentType.JSON)
                .body(DEFINITION.replace("\"consent\"", "\"because\""))
                .when().put("/v1/purposes/bad-basis")
                .then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(TOKENS.user("petra", "privacy-officer")).contentType(ContentType.JSON)
                .body(DEFINITION.replace("P6M", "six months"))
                .when().put("/v1/purposes/bad-period")
                .then().statusCode(400);
    }
}
