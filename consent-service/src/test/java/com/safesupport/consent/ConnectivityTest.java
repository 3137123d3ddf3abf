package com.safesupport.consent;

import com.safesupport.testing.AuthMatrix;
import com.safesupport.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;

@QuarkusTest
class ConnectivityTest {

    static final Tokens TOKENS = new Tokens("consent-service");

    @Test
    void connectivityIsForPrivacyOfficersAndSupervisorsOnly() {
        AuthMatrix.of(TOKENS, "GET", "/v1/connectivity").allowing("privacy-officer", "supervisor").verify();
    }

    @Test
    void unreachablePeersAreReportedNotHidden() {
        // The test profile points every peer at a closed port.
        given().auth().oauth2(TOKENS.user("petra", "privacy-officer"))
                .when().get("/v1/connectivity")
                .then().statusCode(200)
                .body("service", hasItems("bot", "escalation", "redaction"))
                .body("reachable", everyItem(is(false)));
    }
}
