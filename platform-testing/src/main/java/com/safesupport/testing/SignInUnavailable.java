package com.safesupport.testing;

import io.restassured.http.ContentType;
import io.restassured.response.Response;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a web page of the suite ({@code /chat}, {@code /desk}) answers while the identity provider cannot be reached:
 * a browser gets a small page, 503 with {@code Retry-After}, naming no internals; a client asking for JSON gets the
 * {@code identity-provider-unavailable} problem the bearer-token APIs answer. One copy for both page services' tests.
 */
public final class SignInUnavailable {

    /** The message the page shows. */
    public static final String PAGE_TEXT = "Sign-in is temporarily unavailable, try again in a few seconds.";

    private static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    private SignInUnavailable() {
    }

    /** Each path, asked for by a browser, is the 503 page without internals. */
    public static void assertBrowserPage(String... paths) {
        for (String path : paths) {
            Response page = given().redirects().follow(false).header("Accept", BROWSER_ACCEPT).when().get(path);
            assertEquals(503, page.statusCode(), path);
            assertEquals("5", page.header("Retry-After"));
            assertTrue(page.contentType().startsWith("text/html"), page.contentType());
            String body = page.asString();
            assertTrue(body.contains(PAGE_TEXT), body);
            for (String leak : new String[] {"127.0.0.1", "realms", "Exception", "at io.", "at com.", "OIDC", "oidc"}) {
                assertFalse(body.contains(leak), "the page names no internals: " + leak);
            }
        }
    }

    /** The page, asked for as JSON, is the problem with its own path as {@code instance}. */
    public static void assertJsonProblem(String path) {
        given().redirects().follow(false).accept(ContentType.JSON).when().get(path)
                .then().statusCode(503).header("Retry-After", "5").contentType("application/problem+json")
                .body("type", endsWith("/identity-provider-unavailable"))
                .body("instance", is(path));
    }
}
