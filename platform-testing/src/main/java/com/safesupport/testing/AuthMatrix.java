package com.safesupport.testing;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;

/**
 * The security checks every endpoint must pass: no token, an expired token, a token from another issuer,
 * for another audience or with a tampered signature are 401; a valid token without an allowed role is 403.
 * <pre>
 * AuthMatrix.of(tokens, "POST", "/v1/redact").body("{\"text\":\"x\"}").allowing("svc-bot").verify();
 * </pre>
 */
public final class AuthMatrix {

    private final Tokens tokens;
    private final String method;
    private final String path;
    private String body;
    private String[] allowed = new String[0];

    private AuthMatrix(Tokens tokens, String method, String path) {
        this.tokens = tokens;
        this.method = method;
        this.path = path;
    }

    public static AuthMatrix of(Tokens tokens, String method, String path) {
        return new AuthMatrix(tokens, method, path);
    }

    public AuthMatrix body(String json) {
        this.body = json;
        return this;
    }

    /** The roles that may call the endpoint; every other realm role must be refused with 403. */
    public AuthMatrix allowing(String... roles) {
        this.allowed = roles;
        return this;
    }

    public void verify() {
        status(request(), 401);
        status(request().auth().oauth2(tokens.expired(allowed)), 401);
        status(request().auth().oauth2(tokens.wrongIssuer(allowed)), 401);
        status(request().auth().oauth2(tokens.wrongAudience(allowed)), 401);
        status(request().auth().oauth2(tokens.tampered(allowed)), 401);
        for (String role : Tokens.Roles.allBut(allowed)) {
            status(request().auth().oauth2(tokens.user("matrix-" + role, role)), 403);
        }
    }

    private RequestSpecification request() {
        RequestSpecification spec = given();
        if (body != null) {
            spec = spec.contentType(ContentType.JSON).body(body);
        }
        return spec;
    }

    private void status(RequestSpecification spec, int expected) {
        spec.when().request(method, path).then().statusCode(is(expected));
    }
}
