package com.safesupport.consent;

import com.safesupport.testing.AuthMatrix;
import com.safesupport.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jws.JsonWebSignature;
import org.junit.jupiter.api.Test;

import static com.safesupport.consent.ConsentSteps.BOB;
import static com.safesupport.consent.ConsentSteps.REUSED;
import static com.safesupport.consent.ConsentSteps.TOKENS;
import static com.safesupport.consent.ConsentSteps.give;
import static com.safesupport.consent.ConsentSteps.newSubject;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class ReceiptTest {

    @Test
    void receiptsAreForTheirSubjectAndPrivacyOfficersAndVerificationForAnyoneAuthenticated() {
        String subject = newSubject();
        String eventId = give(subject, "analytics").extract().path("eventId");
        AuthMatrix.of(REUSED, "GET", "/v1/receipts/" + eventId).allowing("customer", "privacy-officer")
                .ofAnotherSubject("privacy-officer").verify();
        AuthMatrix.of(REUSED, "POST", "/v1/receipts/verify").body("{\"receipt\":\"x.y.z\"}").allowing(Tokens.Roles.ALL).verify();
        given().auth().oauth2(TOKENS.customer(BOB)).when().get("/v1/receipts/{e}", eventId).then().statusCode(403);
        given().auth().oauth2(TOKENS.user("petra", "privacy-officer")).when().get("/v1/receipts/{e}", eventId)
                .then().statusCode(200).body("receipt", notNullValue());
    }

    @Test
    void aGivenConsentComesWithASignedKantaraReceiptThatVerifies() {
        String subject = newSubject();
        String receipt = give(subject, "ai-assistance").extract().path("receipt");
        given().auth().oauth2(TOKENS.customer(subject)).contentType(ContentType.JSON)
                .body("{\"receipt\":\"" + receipt + "\"}")
                .when().post("/v1/receipts/verify")
                .then().statusCode(200)
                .body("valid", is(true))
                .body("matchesLedger", is(true))
                .body("claims.version", is("KI-CR-v1.1.0"))
                .body("claims.piiPrincipalId", is(subject))
                .body("claims.consentState", is("GIVEN"))
                .body("claims.services[0].purposes[0].purposeCategory[0]", is("https://w3id.org/dpv#CustomerCare"))
                .body("claims.noticeSha256", matchesPattern("[0-9a-f]{64}"))
                .body("claims", hasKey("piiControllers"))
                .body("claims", hasKey("policyUrl"))
                .body("claims", hasKey("consentTimestamp"));
    }

    @Test
    void aTamperedReceiptDoesNotVerify() {
        String subject = newSubject();
        String receipt = give(subject, "analytics").extract().path("receipt");
        String[] parts = receipt.split("\\.");
        String otherPayload = give(newSubject(), "analytics").extract().<String>path("receipt").split("\\.")[1];
        given().auth().oauth2(TOKENS.customer(subject)).contentType(ContentType.JSON)
                .body("{\"receipt\":\"" + parts[0] + "." + otherPayload + "." + parts[2] + "\"}")
                .when().post("/v1/receipts/verify")
                .then().statusCode(200)
                .body("valid", is(false));
    }

    @Test
    void theReceiptKeyIsPublishedAsAJwksThatVerifiesReceiptsOffline() throws Exception {
        String receipt = give(newSubject(), "analytics").extract().path("receipt");
        String jwks = given().when().get("/v1/receipts/jwks").then().statusCode(200).extract().asString();
        JsonWebKeySet keys = new JsonWebKeySet(jwks);
        JsonWebSignature jws = new JsonWebSignature();
        jws.setCompactSerialization(receipt);
        jws.setKey(keys.findJsonWebKey(jws.getKeyIdHeaderValue(), null, null, null).getKey());
        assertTrue(jws.verifySignature());
        assertTrue(!jwks.contains("\"d\""), "the JWKS must not contain the private key");
    }

    @Test
    void theWithdrawalReceiptNamesTheWithdrawal() {
        String subject = newSubject();
        give(subject, "analytics");
        String receipt = ConsentSteps.withdraw(subject, "analytics").extract().path("receipt");
        given().auth().oauth2(TOKENS.customer(subject)).contentType(ContentType.JSON)
                .body("{\"receipt\":\"" + receipt + "\"}")
                .when().post("/v1/receipts/verify")
                .then().statusCode(200).body("valid", is(true)).body("claims.consentState", is("WITHDRAWN"));
    }
}
