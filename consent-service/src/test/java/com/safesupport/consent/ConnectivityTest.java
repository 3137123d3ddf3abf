package com.safesupport.consent;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.http.Fault;
import com.safesupport.testing.AuthMatrix;
import com.safesupport.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;

@QuarkusTest
class ConnectivityTest {

    static final Tokens TOKENS = new Tokens("consent-service");
    final WireMock peers = Peers.wiremock();

    @AfterEach
    void resetPeers() {
        peers.resetMappings();
        peers.resetRequests();
    }

    @Test
    void connectivityIsForPrivacyOfficersAndSupervisorsOnly() {
        AuthMatrix.of(ConsentSteps.REUSED, "GET", "/v1/connectivity").allowing("privacy-officer", "supervisor").verify();
    }

    @Test
    void unreachablePeersAreReportedNotHidden() {
        for (String peer : Peers.NAMES) {
            peers.register(get(urlEqualTo("/" + peer + "/v1/whoami")).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        }
        given().auth().oauth2(TOKENS.user("petra", "privacy-officer"))
                .when().get("/v1/connectivity")
                .then().statusCode(200)
                .body("service", hasItems("bot", "escalation", "redaction"))
                .body("reachable", everyItem(is(false)));
    }

    @Test
    void everyPeerIsCalledWithThisServicesClientCredentialsToken() {
        for (String peer : Peers.NAMES) {
            peers.register(get(urlEqualTo("/" + peer + "/v1/whoami"))
                    .willReturn(okJson("{\"subject\":\"service-account-consent-service\",\"clientId\":\"consent-service\",\"roles\":[\"svc-consent\"]}")));
        }
        given().auth().oauth2(TOKENS.user("petra", "privacy-officer"))
                .when().get("/v1/connectivity")
                .then().statusCode(200)
                .body("reachable", everyItem(is(true)))
                .body("clientId", everyItem(is("consent-service")));
        for (String peer : Peers.NAMES) {
            peers.verifyThat(getRequestedFor(urlEqualTo("/" + peer + "/v1/whoami")).withHeader("Authorization", matching("Bearer .+")));
        }
    }
}
