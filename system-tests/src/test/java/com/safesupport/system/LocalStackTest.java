package com.safesupport.system;

import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The whole suite as {@code ./suite up -d} runs it — embedded PostgreSQL, Keycloak with the committed realm and
 * the four services as separate processes — called over real HTTP with tokens Keycloak issued.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LocalStackTest {

    static final String TOKEN_URL = "http://localhost:8180/realms/support/protocol/openid-connect/token";
    static final Map<String, Integer> SERVICES = Map.of(
            "consent-service", 8081, "redaction-service", 8082, "bot-service", 8083, "escalation-service", 8084);
    static final String ALICE = "a11ce000-0000-4000-8000-000000000001";

    @BeforeAll
    void up() {
        String output = SuiteCli.run(600, "up", "-d");
        assertTrue(output.contains("The suite is up"), output);
    }

    @AfterAll
    void downLeavesNothingBehind() {
        List<Long> pids = SuiteCli.recordedPids();
        SuiteCli.run(120, "down");
        for (long pid : pids) {
            assertFalse(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false), "pid " + pid + " survived ./suite down");
        }
        assertEquals(List.of(), SuiteCli.processesUnderHome(), "orphan processes after ./suite down");
        for (int port : List.of(15432, 8180, 8081, 8082, 8083, 8084)) {
            assertFalse(listening(port), "port " + port + " still open after ./suite down");
        }
    }

    @Test
    void statusShowsEveryComponentUp() {
        String status = SuiteCli.run(60, "status");
        for (String component : List.of("postgres", "keycloak", "consent-service", "redaction-service", "bot-service",
                "escalation-service")) {
            assertTrue(status.lines().anyMatch(l -> l.startsWith(component) && l.endsWith("UP")), status);
        }
    }

    @Test
    void aSecondUpReusesWhatRuns() {
        List<Long> before = SuiteCli.recordedPids();
        String output = SuiteCli.run(120, "up", "-d");
        assertEquals(6, output.lines().filter(l -> l.contains("already running")).count(), output);
        assertEquals(before.stream().sorted().toList(), SuiteCli.recordedPids().stream().sorted().toList());
    }

    @Test
    void aDemoUserReachesEveryServiceWithTheirOwnSubjectAndRoles() {
        String token = passwordToken("alice");
        for (var service : SERVICES.entrySet()) {
            given().auth().oauth2(token)
                    .get("http://localhost:" + service.getValue() + "/v1/whoami")
                    .then().statusCode(200)
                    .body("subject", equalTo(ALICE))
                    .body("clientId", equalTo("support-web"))
                    .body("roles", hasItem("customer"));
        }
    }

    @Test
    void everyServiceClientGetsATokenByClientCredentials() {
        for (String client : SERVICES.keySet()) {
            JsonPath claims = claims(clientToken(client));
            assertEquals(client, claims.getString("azp"));
        }
        assertTrue(claims(clientToken("bot-service")).getList("realm_access.roles").contains("svc-bot"));
    }

    @Test
    void theSuiteTokenCommandPrintsATokenKeycloakIssued() {
        JsonPath claims = claims(SuiteCli.run(60, "token", "petra").trim());
        assertEquals("petra", claims.getString("preferred_username"));
        assertTrue(claims.getList("realm_access.roles").contains("privacy-officer"), claims.prettify());
    }

    @Test
    void consentServiceCallsEveryPeerWithItsOwnClientCredentials() {
        given().auth().oauth2(passwordToken("petra"))
                .get("http://localhost:8081/v1/connectivity")
                .then().statusCode(200)
                .body("size()", equalTo(3))
                .body("reachable", equalTo(List.of(true, true, true)))
                .body("status", equalTo(List.of(200, 200, 200)))
                .body("clientId", equalTo(List.of("consent-service", "consent-service", "consent-service")))
                .body("roles.flatten()", hasItem("svc-consent"));
    }

    @Test
    void aClientWithoutTheNeededRoleIsRefused() {
        given().auth().oauth2(clientToken("bot-service"))
                .get("http://localhost:8081/v1/connectivity")
                .then().statusCode(403)
                .contentType("application/problem+json")
                .body("status", equalTo(403));
        given().auth().oauth2(passwordToken("alice"))
                .get("http://localhost:8081/v1/connectivity")
                .then().statusCode(403);
    }

    @Test
    void aTokenForAnotherAudienceOrNoTokenIsUnauthorized() {
        // redaction-service's client has no audience mapper for consent-service: its token is not meant for it.
        given().auth().oauth2(clientToken("redaction-service"))
                .get("http://localhost:8081/v1/whoami")
                .then().statusCode(401);
        given().get("http://localhost:8081/v1/whoami").then().statusCode(401);
    }

    static String passwordToken(String user) {
        return RestAssured.given().formParams(Map.of("grant_type", "password", "client_id", "support-web",
                        "username", user, "password", "demo"))
                .post(TOKEN_URL).then().statusCode(200).extract().path("access_token");
    }

    static String clientToken(String client) {
        return RestAssured.given().formParams(Map.of("grant_type", "client_credentials", "client_id", client,
                        "client_secret", client + "-secret"))
                .post(TOKEN_URL).then().statusCode(200).extract().path("access_token");
    }

    static JsonPath claims(String jwt) {
        return new JsonPath(new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8));
    }

    static boolean listening(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 300);
            return true;
        } catch (java.io.IOException e) {
            return false;
        }
    }
}
