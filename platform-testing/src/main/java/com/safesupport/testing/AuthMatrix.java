package com.safesupport.testing;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;

/**
 * The access rules of DESIGN.md, checked in one place for every endpoint:
 * <ul>
 *   <li>no token, an expired token, a token from another issuer, for another audience, with a tampered signature,
 *       with {@code "alg":"none"} or signed by a key the realm never published are 401; a valid token without an
 *       allowed role is 403;</li>
 *   <li>a service role ({@code svc-*}) counts only from its own client ({@code azp}): the same role in a
 *       {@code support-web} token or in another service client's token is 403;</li>
 *   <li>{@link #ofAnotherSubject}: the path (or body) addresses another customer's resource; a customer is 403, and so
 *       is a customer who also holds any role the endpoint does not name for reaching any subject (the two-role
 *       user);</li>
 *   <li>{@link #hidden}: the other subject's resource is addressed by an opaque id, so the refusal is 404 (as if it did
 *       not exist) rather than 403 — except for a caller who also holds a role that may read it, who learns nothing
 *       new and gets 403;</li>
 *   <li>{@link #agentNeedsTicket}: an agent holding no open ticket for the subject is 403 (the agent-consent rule);
 *       the service's stand-in for escalation-service must answer no tickets for {@link #AGENT_WITHOUT_TICKET}.</li>
 * </ul>
 * <pre>
 * AuthMatrix.of(tokens, "POST", "/v1/redact").body("{\"text\":\"x\"}").allowing("svc-bot").verify();
 * AuthMatrix.of(tokens, "GET", "/v1/subjects/" + bob + "/consents/history").allowing("customer", "privacy-officer")
 *         .ofAnotherSubject("privacy-officer").verify();
 * </pre>
 */
public final class AuthMatrix {

    /** The username of the agent who holds no ticket for anyone ({@link #agentNeedsTicket}). */
    public static final String AGENT_WITHOUT_TICKET = "matrix-agent-without-ticket";

    private final Tokens tokens;
    private final String method;
    private final String path;
    private String body;
    private String[] allowed = new String[0];
    private String[] crossSubjectRoles;
    private boolean agentNeedsTicket;
    private boolean hidden;
    private Set<String> readers = Set.of();

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

    /**
     * The request addresses a resource of a subject that is not the caller's: only the given roles may reach it.
     * Every customer who holds none of them (alone, or with any other role) must be refused with 403.
     */
    public AuthMatrix ofAnotherSubject(String... crossSubjectRoles) {
        this.crossSubjectRoles = crossSubjectRoles;
        return this;
    }

    /**
     * With {@link #ofAnotherSubject}: the resource is addressed by an opaque id, and a customer refused it gets 404,
     * exactly as for an id that does not exist; a customer who also holds one of {@code readers} (roles that may read
     * any subject's resource, so the id is no secret to them) gets 403.
     */
    public AuthMatrix hidden(String... readers) {
        this.hidden = true;
        this.readers = Set.of(readers);
        return this;
    }

    /** The endpoint records a subject's consent: an agent (with or without {@code customer}) needs an open ticket. */
    public AuthMatrix agentNeedsTicket() {
        this.agentNeedsTicket = true;
        return this;
    }

    public void verify() {
        status(request(), 401);
        status(request().auth().oauth2(tokens.expired(allowed)), 401);
        status(request().auth().oauth2(tokens.wrongIssuer(allowed)), 401);
        status(request().auth().oauth2(tokens.wrongAudience(allowed)), 401);
        status(request().auth().oauth2(tokens.tampered(allowed)), 401);
        status(request().auth().oauth2(tokens.algNone(allowed)), 401);
        status(request().auth().oauth2(tokens.foreignKey(allowed)), 401);
        for (String role : Tokens.Roles.allBut(allowed)) {
            status(request().auth().oauth2(tokens.user("matrix-" + role, role)), 403);
        }
        if (!authenticatedOnly()) {
            serviceRolesOnlyFromTheirClient();
        }
        if (crossSubjectRoles != null) {
            twoRoleCustomers();
        }
        if (agentNeedsTicket) {
            status(request().auth().oauth2(tokens.user(AGENT_WITHOUT_TICKET, "agent")), 403);
            status(request().auth().oauth2(tokens.user(AGENT_WITHOUT_TICKET, "customer", "agent")), 403);
        }
    }

    private void serviceRolesOnlyFromTheirClient() {
        for (String role : allowed) {
            String owner = Tokens.Roles.SERVICE_ROLE_CLIENTS.get(role);
            if (owner == null) {
                continue;
            }
            status(request().auth().oauth2(tokens.user("matrix-person-with-" + role, role)), 403);
            for (String other : Tokens.Roles.SERVICE_ROLE_CLIENTS.values()) {
                if (!other.equals(owner)) {
                    status(request().auth().oauth2(tokens.service(other, role)), 403);
                }
            }
        }
    }

    private void twoRoleCustomers() {
        Set<String> cross = Set.of(crossSubjectRoles);
        status(request().auth().oauth2(tokens.customer(UUID.randomUUID().toString())), hidden ? 404 : 403);
        for (String role : Tokens.Roles.ALL) {
            boolean crossesFromThisToken = cross.contains(role) && !Tokens.Roles.SERVICE_ROLE_CLIENTS.containsKey(role);
            if (role.equals("customer") || crossesFromThisToken) {
                continue;
            }
            // A customer's token (support-web) with a second role: a service role from this client counts for nothing.
            status(request().auth().oauth2(tokens.user(UUID.randomUUID().toString(), "customer", role)),
                    hidden && !readers.contains(role) ? 404 : 403);
        }
    }

    private boolean authenticatedOnly() {
        return List.of(allowed).containsAll(Arrays.asList(Tokens.Roles.ALL));
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
