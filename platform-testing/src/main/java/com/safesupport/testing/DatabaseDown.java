package com.safesupport.testing;

import io.quarkus.test.junit.QuarkusTestProfile;
import io.restassured.response.Response;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A service with its database unreachable, and what every endpoint that needs it must answer then: 503
 * {@code application/problem+json} of type {@code database-unavailable} with {@code Retry-After: 5} (the platform's
 * {@code ProblemMapper}), never a bare 500, no stack trace, and nothing personal of the request except in the problem's
 * {@code instance} (the caller's own path, the convention of every problem).
 * <pre>
 * &#64;QuarkusTest
 * &#64;TestProfile(DatabaseDown.Profile.class)
 * class XDatabaseDownTest {
 *     &#64;Test void list() { DatabaseDown.assertProblem(given().when().get("/v1/x/{s}", subject), subject); }
 * }
 * </pre>
 */
public final class DatabaseDown {

    private DatabaseDown() {
    }

    /**
     * The datasource points at a port where nothing listens, so every connection is refused (as with PostgreSQL
     * stopped); Flyway does not touch it at start, and a connection is given up after 1 s (production: 5 s).
     */
    public static class Profile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.datasource.jdbc.url", "jdbc:postgresql://127.0.0.1:1/unreachable",
                    "quarkus.flyway.migrate-at-start", "false", "quarkus.flyway.clean-at-start", "false",
                    "quarkus.datasource.jdbc.acquisition-timeout", DatabaseOutage.ACQUISITION_TIMEOUT);
        }
    }

    /** The answer is the database problem with a Retry-After; {@code personal} is nowhere but in its instance. */
    public static void assertProblem(Response answer, String personal) {
        String body = answer.asString();
        assertEquals(503, answer.statusCode(), body);
        assertEquals("5", answer.header("Retry-After"), body);
        assertTrue(answer.contentType().startsWith("application/problem+json"), answer.contentType());
        assertTrue(answer.jsonPath().getString("type").endsWith("/database-unavailable"), body);
        assertFalse(body.replace(answer.jsonPath().getString("instance"), "").contains(personal), body);
        assertFalse(body.contains("Exception") || body.contains("\tat "), body);
    }
}
