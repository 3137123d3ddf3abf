package com.safesupport.bot.faults;

import com.safesupport.bot.support.DownstreamStubs;
import com.safesupport.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;

/**
 * PostgreSQL unreachable (nothing listens where the datasource points, as when the server is stopped): a customer
 * is told to come back (503 problem+json with Retry-After), not shown an internal error (issue 12 item 12).
 */
@QuarkusTest
@TestProfile(DatabaseDownTest.Unreachable.class)
class DatabaseDownTest {

    private static final Tokens TOKENS = new Tokens("bot-service");

    /** The real test resources except the database; the datasource points at a port nobody listens on. */
    public static class Unreachable implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "quarkus.datasource.jdbc.url", "jdbc:postgresql://127.0.0.1:1/bot",
                    "quarkus.datasource.username", "postgres",
                    "quarkus.datasource.password", "",
                    "quarkus.datasource.jdbc.acquisition-timeout", "2s",
                    "quarkus.flyway.migrate-at-start", "false");
        }

        @Override
        public boolean disableGlobalTestResources() {
            return true;
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(OidcWiremockTestResource.class), new TestResourceEntry(DownstreamStubs.class));
        }
    }

    @Test
    void startingAConversationWithoutTheDatabaseIs503WithRetryAfter() {
        String subject = UUID.randomUUID().toString();
        given().auth().oauth2(TOKENS.customer(subject)).contentType(ContentType.JSON)
                .body("{\"locale\":\"en\",\"channel\":\"web\"}")
                .when().post("/v1/conversations")
                .then().statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", is("5"))
                .body("type", is("https://safesupport.dev/problems/database-unavailable"))
                .body("detail", not(containsString(subject)));
    }
}
