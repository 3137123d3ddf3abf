package com.safesupport.testing;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeout;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One service's whole API surface, audited at once as a black-box tester sees it: the inventory (each method and
 * path with the roles that may call it) must equal what the public OpenAPI document lists, so an endpoint added
 * later without an audit entry fails the build; then every endpoint gets the {@link AuthMatrix} (no token, expired,
 * other issuer, other audience, tampered, {@code alg:none}, foreign key → 401; every other role → 403) and every
 * input a caller controls gets {@link HostileInput} (hostile bodies, 1 MB and 10 MB bodies, hostile path
 * parameters, a {@code ../} and oversized query, a 10 kB header), each endpoint within a time bound.
 * <pre>
 * EndpointAudit.of(tokens).endpoint("POST /v1/redact", "svc-bot").sample("scope", "s-1").inventoryMatchesOpenApi();
 * </pre>
 */
public final class EndpointAudit {

    /** Anyone may call it without a token (the receipt signing key, say): {@code endpoint("GET /x", PUBLIC)}. */
    public static final String PUBLIC = "public";

    /** How long all hostile probes of one endpoint (~40 requests, two of them 1 MB and 10 MB) may take together. */
    public static final Duration BOUND_PER_ENDPOINT = Duration.ofSeconds(90);

    /** The subject of every human caller's token, and so the {@code subjectId} of its own resources. */
    public static final String SUBJECT = "5a000000-0000-4000-8000-00000000005a";

    private static final Pattern PARAM = Pattern.compile("\\{([^}]+)}");
    private static final Set<String> METHODS = Set.of("get", "post", "put", "delete", "patch");

    private final Tokens tokens;
    private final Map<String, String[]> inventory = new LinkedHashMap<>();
    private final Map<String, String> samples = new LinkedHashMap<>();

    private EndpointAudit(Tokens tokens) {
        // ~2,300 tokens per service audit, most of them the same few: each signed once a minute (Tokens#reusing).
        this.tokens = tokens.reusing();
        samples.put("subjectId", SUBJECT);
    }

    public static EndpointAudit of(Tokens tokens) {
        return new EndpointAudit(tokens);
    }

    /** {@code methodAndPath} as OpenAPI spells it ({@code "POST /v1/dsr/{id}/reject"}); {@code roles} may call it. */
    public EndpointAudit endpoint(String methodAndPath, String... roles) {
        inventory.put(methodAndPath, roles);
        return this;
    }

    /** The value a path parameter takes when the probe is not about that parameter (default: a fresh UUID). */
    public EndpointAudit sample(String param, String value) {
        samples.put(param, value);
        return this;
    }

    /** Every operation of the public OpenAPI document is in the inventory, and nothing else is. */
    public EndpointAudit inventoryMatchesOpenApi() {
        Map<String, Map<String, Object>> paths = given().when().get("/openapi?format=json").then().statusCode(200)
                .extract().jsonPath().getMap("paths");
        Set<String> documented = new TreeSet<>();
        paths.forEach((path, operations) -> operations.keySet().stream().filter(METHODS::contains)
                .forEach(m -> documented.add(m.toUpperCase(Locale.ROOT) + " " + path)));
        assertEquals(String.join("\n", documented), String.join("\n", new TreeSet<>(inventory.keySet())),
                "the audited inventory differs from the OpenAPI document: audit the new endpoint");
        return this;
    }

    /** The {@link AuthMatrix} of every endpoint; a {@link #PUBLIC} one answers without a token. */
    public void everyEndpointRefusesBadTokensAndWrongRoles() {
        inventory.forEach((key, roles) -> {
            String method = method(key);
            String path = concrete(key, null, null);
            if (List.of(roles).contains(PUBLIC)) {
                Response r = given().when().request(method, path);
                assertTrue(r.statusCode() < 400, key + " is public but answered " + r.statusCode());
                return;
            }
            AuthMatrix matrix = AuthMatrix.of(tokens, method, path).allowing(roles);
            if (hasBody(method)) {
                matrix.body("{}");
            }
            matrix.verify();
        });
    }

    /**
     * Every endpoint, called by a role it allows, survives hostile input within {@link #BOUND_PER_ENDPOINT}: never a
     * 5xx, every refusal problem+json without a stack trace, a 10 MB body 413, a 1 MB body a 4xx or an answer.
     * Run inside a {@link LogCapture}: the bodies carry {@link LogCapture#PERSONAL} values.
     */
    public void everyEndpointSurvivesHostileInput() {
        inventory.forEach((key, roles) -> assertTimeout(BOUND_PER_ENDPOINT, () -> hostile(key, roles), key));
    }

    /**
     * {@link #everyEndpointSurvivesHostileInput()}, and no {@link LogCapture#PERSONAL} value it sent is logged. In
     * process the product's loggers are captured at DEBUG; against the packaged application ({@code *IT}) the lines it
     * wrote to {@code target/quarkus.log} meanwhile are read instead.
     */
    public void everyEndpointSurvivesHostileInputWithoutLoggingIt() {
        io.quarkus.arc.ArcContainer container = io.quarkus.arc.Arc.container();
        if (container != null && container.isRunning()) {
            try (LogCapture logs = LogCapture.start()) {
                everyEndpointSurvivesHostileInput();
                logs.assertNoPersonalData();
            }
            return;
        }
        java.nio.file.Path log = java.nio.file.Path.of("target", "quarkus.log");
        long from = size(log);
        everyEndpointSurvivesHostileInput();
        String written = read(log, from).toLowerCase(Locale.ROOT);
        for (String value : LogCapture.PERSONAL) {
            assertFalse(written.contains(value.toLowerCase(Locale.ROOT)), "the packaged application logged a value the test sent");
        }
    }

    /**
     * The server-rendered pages (kept out of the OpenAPI document): without a session, and with a missing, expired,
     * tampered or {@code alg:none} bearer token, each {@code methodAndPaths} entry sends the browser to sign in (302)
     * or refuses (401/403) — never a 2xx, never a 5xx, never an exception in the body.
     */
    public void pagesRefuseCallersWithoutASession(String... methodAndPaths) {
        for (String key : methodAndPaths) {
            String method = method(key);
            String path = concrete(key, null, null);
            for (String token : new String[]{null, tokens.expired("agent", "customer", "supervisor"),
                    tokens.tampered("agent", "customer", "supervisor"), tokens.algNone("agent", "customer", "supervisor")}) {
                RequestSpecification request = given().redirects().follow(false).contentType(ContentType.URLENC).formParam("csrf", "x");
                if (token != null) {
                    request = request.auth().oauth2(token);
                }
                Response r = request.when().request(method, path);
                assertTrue(List.of(302, 401, 403).contains(r.statusCode()),
                        key + (token == null ? " without a session" : " with a bad bearer token") + " answered " + r.statusCode());
                assertFalse(r.asString().contains("Exception") || r.asString().contains("\tat "), key + ": the answer names an exception");
            }
        }
    }

    private static long size(java.nio.file.Path file) {
        try {
            return java.nio.file.Files.exists(file) ? java.nio.file.Files.size(file) : 0;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String read(java.nio.file.Path file, long from) {
        try {
            if (!java.nio.file.Files.exists(file)) {
                return "";
            }
            byte[] all = java.nio.file.Files.readAllBytes(file);
            int start = (int) Math.min(from, all.length);
            return new String(all, start, all.length - start, java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private void hostile(String key, String[] roles) {
        String role = roles[0];
        String method = method(key);
        String[] others = Tokens.Roles.allBut(roles);
        if (!role.equals(PUBLIC) && others.length > 0) {
            // A refusal is logged (DESIGN.md: without personal data): one with personal data in its query and body.
            Response refused = HostileInput.unprettified(given().auth().oauth2(token(others[0]))).contentType(ContentType.JSON)
                    .queryParam("q", LogCapture.personalText()).body("{\"text\":\"" + LogCapture.personalText() + "\"}")
                    .request(method, concrete(key, null, null));
            assertEquals(403, refused.statusCode(), key + " with the role " + others[0]);
        }
        java.util.function.Supplier<RequestSpecification> caller = () -> given().auth().oauth2(token(role));
        if (!role.equals(PUBLIC)) {
            for (String param : params(key)) {
                HostileInput.at(method, concrete(key, param, "{id}"), caller).ids();
            }
        }
        HostileInput probe = HostileInput.at(method, concrete(key, null, null), caller)
                .query("q", "../../../../etc/passwd", "..%2F..%2F", "x".repeat(3_000), LogCapture.personalText())
                .header("X-Sa-Probe", "{}");
        if (hasBody(method)) {
            probe.bodies().personalData();
            bigBodies(method, concrete(key, null, null), caller);
        }
    }

    /** 1 MB of customer text (under the 1M limit) is parsed and answered; 10 MB is refused unread with 413. */
    private static void bigBodies(String method, String path, java.util.function.Supplier<RequestSpecification> caller) {
        String megabyte = "{\"text\":\"" + "a".repeat(1_000_000) + "\",\"details\":\"x\"}";
        Response oneMb = HostileInput.unprettified(caller.get()).contentType(ContentType.JSON).body(megabyte).request(method, path);
        clean(method + " " + path + " with 1 MB", oneMb);
        String tenMb = "{\"text\":\"" + "a".repeat(10 * 1024 * 1024) + "\"}";
        Response r = HostileInput.unprettified(caller.get()).contentType(ContentType.JSON).body(tenMb).request(method, path);
        HostileInput.assertProblem(r, 413);
        clean(method + " " + path + " with 10 MB", r);
        String array = "[" + "{\"text\":\"a\"},".repeat(80_000) + "{}]";
        clean(method + " " + path + " with an 80,000-element array of objects",
                HostileInput.unprettified(caller.get()).contentType(ContentType.JSON).body(array).request(method, path));
    }

    /** Never a 5xx; an error is problem+json that does not echo the body or show an exception. */
    private static void clean(String what, Response r) {
        assertTrue(r.statusCode() < 500, what + " answered " + r.statusCode());
        if (r.statusCode() >= 400) {
            assertTrue(r.contentType().startsWith("application/problem+json"), what + " answered as " + r.contentType());
            String body = r.asString();
            assertTrue(body.length() < 4_096, what + ": a " + body.length() + "-character error echoes the input");
            assertFalse(body.contains("Exception") || body.contains("\tat "), what + ": the answer names an exception");
        }
    }

    private String token(String role) {
        String client = Tokens.Roles.SERVICE_ROLE_CLIENTS.get(role);
        return client != null ? tokens.service(client, role) : tokens.user(SUBJECT, role);
    }

    private static String method(String key) {
        return key.substring(0, key.indexOf(' '));
    }

    private static boolean hasBody(String method) {
        return method.equals("POST") || method.equals("PUT") || method.equals("PATCH");
    }

    private static List<String> params(String key) {
        List<String> names = new ArrayList<>();
        Matcher m = PARAM.matcher(key);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    /** The path of {@code key} with every parameter sampled, except {@code probed}, which becomes {@code as}. */
    private String concrete(String key, String probed, String as) {
        Matcher m = PARAM.matcher(key.substring(key.indexOf(' ') + 1));
        StringBuilder path = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String value = name.equals(probed) ? as : samples.getOrDefault(name, java.util.UUID.randomUUID().toString());
            m.appendReplacement(path, Matcher.quoteReplacement(value));
        }
        m.appendTail(path);
        return path.toString();
    }
}
