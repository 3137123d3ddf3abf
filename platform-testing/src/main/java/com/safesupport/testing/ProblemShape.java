package com.safesupport.testing;

import io.restassured.response.ValidatableResponse;

import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.instanceOf;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

/**
 * The error contract of DESIGN.md ("Cross-service contracts"), as a peer team's black-box test reads it: RFC 9457
 * {@code application/problem+json} with all of {@code type}, {@code title}, {@code status}, {@code detail} and
 * {@code instance}, {@code status} equal to the HTTP status, and for validation an {@code errors} array whose every
 * item has a {@code field} and a {@code message}.
 * <pre>
 * ProblemShape.of(given().when().get("/v1/x").then(), 404, "/v1/x");
 * ProblemShape.validation(response, "text");
 * </pre>
 */
public final class ProblemShape {

    private ProblemShape() {
    }

    /** The response is a complete problem with this status whose {@code instance} is the request's path. */
    public static ValidatableResponse of(ValidatableResponse response, int status, String path) {
        return response.statusCode(status)
                .contentType("application/problem+json")
                .body("type", not(emptyOrNullString()))
                .body("title", not(emptyOrNullString()))
                .body("status", is(status))
                .body("detail", not(emptyOrNullString()))
                .body("instance", startsWith(path));
    }

    /**
     * A complete 400 problem whose {@code errors} are {@code {field, message}} items, one naming {@code field} (or an
     * element of it: {@code reasons[0]} names {@code reasons}).
     */
    public static ValidatableResponse validation(ValidatableResponse response, String path, String field) {
        return of(response, 400, path)
                .body("errors", instanceOf(java.util.List.class))
                .body("errors", everyItem(hasKey("field")))
                .body("errors", everyItem(hasKey("message")))
                .body("errors.message", everyItem(notNullValue()))
                .body("errors.field", org.hamcrest.Matchers.hasItem(startsWith(field)));
    }
}
