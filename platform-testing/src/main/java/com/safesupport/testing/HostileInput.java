package com.safesupport.testing;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.IntFunction;
import java.util.function.Supplier;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a black-box tester sends to an endpoint a caller controls, and what the answer must be: never a 5xx, every
 * refusal RFC 9457 problem+json with a type, no stack trace in the body; and where size matters, linear cost.
 * <pre>
 * HostileInput.at("POST", "/v1/redact", () -> given().auth().oauth2(token)).bodies();
 * HostileInput.at("GET", "/v1/dsr/{id}", spec).ids();
 * </pre>
 */
public final class HostileInput {

    private final String method;
    private final String path;
    private final java.util.function.Supplier<RequestSpecification> spec;

    private HostileInput(String method, String path, java.util.function.Supplier<RequestSpecification> spec) {
        this.method = method;
        this.path = path;
        this.spec = spec;
    }

    /** {@code spec} supplies a fresh, authorised request (token, headers) for each probe. */
    public static HostileInput at(String method, String path, java.util.function.Supplier<RequestSpecification> spec) {
        return new HostileInput(method, path, () -> unprettified(spec.get()));
    }

    /**
     * {@code request} without pretty-printing in its log: the test framework's request log would otherwise format a
     * 10 MB or 10,000-deep body, which takes RestAssured minutes (its prettifier is itself superlinear).
     */
    public static RequestSpecification unprettified(RequestSpecification request) {
        return request.config(io.restassured.RestAssured.config()
                .logConfig(io.restassured.config.LogConfig.logConfig().enablePrettyPrinting(false)));
    }

    /** The hostile JSON bodies: shape, size, numbers, types and characters a parser or a validator must survive. */
    public static Map<String, String> hostileBodies() {
        Map<String, String> bodies = new LinkedHashMap<>();
        bodies.put("not JSON", "this is not json");
        bodies.put("empty", "");
        bodies.put("truncated", "{\"text\":");
        bodies.put("JSON null", "null");
        bodies.put("a bare array", "[]");
        bodies.put("a bare string", "\"x\"");
        bodies.put("nested 10,000 deep", "[".repeat(10_000) + "]".repeat(10_000));
        bodies.put("objects nested 10,000 deep", "{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000));
        bodies.put("100,000-element array", "{\"text\":[" + "1,".repeat(99_999) + "1]}");
        bodies.put("1e999", "{\"text\":1e999,\"scoreThreshold\":1e999,\"limit\":1e999}");
        bodies.put("a 5,000-digit number", "{\"scoreThreshold\":" + "9".repeat(5_000) + "}");
        bodies.put("duplicate keys", "{\"text\":\"a\",\"text\":\"b\"}");
        bodies.put("wrong types", "{\"text\":{\"a\":1},\"locale\":[1],\"channel\":true,\"texts\":\"x\",\"purposes\":7}");
        bodies.put("nulls", "{\"text\":null,\"locale\":null,\"texts\":null,\"subjectId\":null}");
        bodies.put("NUL and a lone surrogate", "{\"text\":\"a\\u0000b\\ud800c\",\"subjectId\":\"\\u0000\\udfff\"}");
        bodies.put("zero-width and right-to-left", "{\"text\":\"\\u200b\\u202e\\u2066x\\u200d\",\"locale\":\"\\u202een\"}");
        bodies.put("invalid UTF-8 bytes", new String(new byte[]{'{', '"', 't', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'},
                java.nio.charset.StandardCharsets.ISO_8859_1));
        return bodies;
    }

    /** Every hostile body: a 4xx problem+json (or, for a body the endpoint may accept as is, a 2xx); never a 5xx. */
    public HostileInput bodies() {
        hostileBodies().forEach((name, body) -> check(name, send(spec.get().contentType(ContentType.JSON).body(body))));
        check("a body of the wrong media type", send(spec.get().contentType(ContentType.XML).body("<a/>")));
        return this;
    }

    /**
     * The error paths where a value leaks into a log: {@link LogCapture#PERSONAL} values inside malformed JSON, a
     * truncated body, wrong types, a NUL, duplicate keys, a query parameter and a header, each checked like {@link #bodies()}.
     * Run inside a {@link LogCapture} and assert none of the values was logged.
     */
    public HostileInput personalData() {
        String text = LogCapture.personalText();
        String json = text.replace("\"", "\\\"");
        Map<String, String> bodies = new LinkedHashMap<>();
        bodies.put("personal data in malformed JSON", "{\"text\": " + text + "}");
        bodies.put("personal data in a truncated body", "{\"text\":\"" + json);
        bodies.put("personal data in wrong types", "{\"text\":{\"" + json + "\":1},\"locale\":[\"" + json + "\"],\"subjectId\":\"" + json
                + "\",\"purposes\":[\"" + json + "\"],\"state\":\"" + json + "\",\"operator\":\"" + json + "\",\"status\":\"" + json + "\"}");
        bodies.put("personal data beside a NUL", "{\"text\":\"" + json + "\\u0000\",\"summary\":\"" + json + "\\u0000\",\"details\":\"" + json + "\\u0000\"}");
        bodies.put("personal data under a duplicate key", "{\"text\":\"" + json + "\",\"text\":\"" + json + "\"}");
        bodies.put("personal data as an unknown enum", "{\"state\":\"" + LogCapture.PERSONAL.get(1) + "\",\"operator\":\""
                + LogCapture.PERSONAL.get(1) + "\",\"channel\":\"" + LogCapture.PERSONAL.get(1) + "\",\"locale\":\"" + LogCapture.PERSONAL.get(1) + "\"}");
        bodies.forEach((name, body) -> check(name, send(spec.get().contentType(ContentType.JSON).body(body))));
        check("personal data in a query", send(spec.get().contentType(ContentType.JSON).body("{}").queryParam("q", text)));
        check("personal data in a header", send(spec.get().contentType(ContentType.JSON).body("{}")
                .header("X-Customer", LogCapture.PERSONAL.get(1)).header("Accept-Language", LogCapture.PERSONAL.get(1))));
        check("personal data as form fields", send(spec.get().contentType(ContentType.URLENC).formParam("text", text)));
        return this;
    }

    /**
     * Refusals whose path carries personal data (an e-mail address and a name where an id belongs): no token, a garbage
     * token and {@code wrongToken} (a valid token without the role). The refusal log names the request: it must not
     * name these. {@code path} has an {@code {id}}.
     */
    public static void refusalsOfPersonalPaths(String method, String path, String wrongToken) {
        // The garbage token goes to the realm's introspection: answer as Keycloak does ({"active":false}), not with
        // WireMock's "not matched" page, which quotes the request (the token) and which quarkus-oidc logs as the error.
        java.net.URI keycloak = java.net.URI.create(org.eclipse.microprofile.config.ConfigProvider.getConfig().getValue("keycloak.url", String.class));
        com.github.tomakehurst.wiremock.client.WireMock realm = new com.github.tomakehurst.wiremock.client.WireMock(keycloak.getHost(), keycloak.getPort());
        com.github.tomakehurst.wiremock.stubbing.StubMapping inactive = realm.register(com.github.tomakehurst.wiremock.client.WireMock
                .post(com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching(".*/token/introspect")).atPriority(1)
                .willReturn(com.github.tomakehurst.wiremock.client.WireMock.okJson("{\"active\":false}")));
        try {
            probePersonalPaths(method, path, wrongToken);
        } finally {
            realm.removeStubMapping(inactive);
        }
    }

    private static void probePersonalPaths(String method, String path, String wrongToken) {
        for (String id : new String[]{LogCapture.PERSONAL.get(1), LogCapture.PERSONAL.get(0).replace(' ', '-'), "Quartermaine"}) {
            String p = path.replace("{id}", id);
            for (RequestSpecification request : new RequestSpecification[]{given(), given().auth().oauth2("garbage." + id),
                    given().auth().oauth2(wrongToken)}) {
                Response r = request.contentType(ContentType.JSON).body("{}").request(method, p);
                assertTrue(r.statusCode() < 500, method + " " + p + " answered " + r.statusCode());
            }
        }
    }

    /** {@code path} has an {@code {id}}: non-UUIDs, a 10 kB id, unicode, dot segments, encoded slashes and NULs. */
    public HostileInput ids() {
        String[] ids = {"not-a-uuid", "1", "-1", "a".repeat(10_000), "%C3%BC%E2%80%AE", "..", "%2e%2e", "..%2F..%2Fq%2Fhealth",
                "%2F", "%00", "%FF%FE", "00000000-0000-0000-0000-000000000000", "%27%20OR%201%3D1%20--"};
        for (String id : ids) {
            check("id " + abbreviated(id), spec.get().contentType(ContentType.JSON).body("{}").urlEncodingEnabled(false)
                    .request(method, path.replace("{id}", id)));
        }
        return this;
    }

    /** Extra query parameters (as a tester would repeat or overflow them): never a 5xx. */
    public HostileInput query(String name, String... values) {
        for (String value : values) {
            check(name + "=" + abbreviated(value), send(spec.get().contentType(ContentType.JSON).body("{}").queryParam(name, value)));
        }
        check(name + " repeated", send(spec.get().contentType(ContentType.JSON).body("{}").queryParam(name, "1", "2", "3")));
        return this;
    }

    /** A header set to a 10 kB value, an empty one and one with control characters: never a 5xx. */
    public HostileInput header(String name, String body) {
        for (String value : new String[]{"k".repeat(10_000), "", " ", "a\u0001b\u007fc", "\u00fc\u00e9"}) {
            check(name + ": " + abbreviated(value), send(spec.get().contentType(ContentType.JSON).header(name, value).body(body)));
        }
        return this;
    }

    /** Headers every endpoint reads or may read: Accept-Language garbage and odd Accept values. */
    public HostileInput commonHeaders(String body) {
        for (String value : new String[]{"x".repeat(8_000), ";;;q=abc,*-*-*", "en;q=99999999999999999999", "\u00ff"}) {
            check("Accept-Language", send(spec.get().contentType(ContentType.JSON).header("Accept-Language", value).body(body)));
        }
        return this;
    }

    private Response send(RequestSpecification request) {
        return request.request(method, path);
    }

    private void check(String probe, Response r) {
        int status = r.statusCode();
        if (status == 414) {
            return; // a request line over Vert.x' 4 kB limit: the HTTP codec refuses it before any route (no body)
        }
        String body = r.asString();
        String what = method + " " + path + " with " + probe + ": ";
        assertTrue(status < 500, what + "answered " + status + " " + abbreviated(body));
        assertFalse(body.contains("\tat ") || body.contains("Exception") || body.contains("at com.") || body.contains("at io."),
                what + "the answer shows a stack trace or an exception name");
        if (status >= 400) {
            assertTrue(r.contentType().startsWith("application/problem+json"), what + "answered " + status + " as " + r.contentType());
            // Jackson rather than r.jsonPath(): RestAssured's JsonPath compiles a Groovy script for every get (and
            // searches the class path for it), which was half the test thread's samples of an audit (stop 59, ct5).
            com.fasterxml.jackson.databind.JsonNode problem = problem(body, what);
            assertTrue(problem.path("type").isTextual() && problem.path("type").asText().startsWith("https://safesupport.dev/problems/"),
                    what + "a problem without a type");
            assertTrue(problem.path("status").isNumber() || problem.path("status").isTextual(), what + "a problem without a status");
            assertEquals(status, problem.path("status").asInt(), what + "the problem's status differs");
        }
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

    private static com.fasterxml.jackson.databind.JsonNode problem(String body, String what) {
        try {
            return JSON.readTree(body);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new AssertionError(what + "a problem+json answer that is not JSON: " + abbreviated(body), e);
        }
    }

    private static String abbreviated(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "… (" + s.length() + " chars)";
    }

    /**
     * How much more CPU the whole process (the test client and the service in it) spends on the work of a request of
     * size {@code n * times} than {@code times} times on the work of size {@code n}: 1.0 is linear, a quadratic path
     * gives ~{@code times}. The work is what a request costs beyond one of size 1 (the fixed cost of a request: token,
     * routing, a transaction), so that a small request's overhead does not hide a superlinear path. Process CPU time,
     * not wall time (the machine is shared), the best of three after one warm-up of each.
     */
    public static double cpuRatio(int n, int times, IntFunction<Response> request) {
        com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        int[] sizes = {1, n, n * times};
        long[] best = {Long.MAX_VALUE, Long.MAX_VALUE, Long.MAX_VALUE};
        for (int size : sizes) {
            request.apply(size);
        }
        for (int k = 0; k < 3; k++) {
            for (int i = 0; i < sizes.length; i++) {
                long t0 = os.getProcessCpuTime();
                request.apply(sizes[i]);
                best[i] = Math.min(best[i], os.getProcessCpuTime() - t0);
            }
        }
        // The small work is at least a tenth of the fixed cost, so that noise in a cheap request cannot blow the ratio up.
        double small = Math.max(best[1] - best[0], best[0] / 10.0);
        double large = Math.max(0, best[2] - best[0]);
        return large / (times * Math.max(1.0, small));
    }

    /**
     * {@code r} answered {@code status} as problem+json; checked here rather than with {@code then()}, whose log of a
     * failed validation would pretty-print a megabyte body for minutes.
     */
    public static void assertProblem(Response r, int status) {
        assertEquals(status, r.statusCode(), "answered " + abbreviated(r.asString()));
        assertTrue(r.contentType().startsWith("application/problem+json"), "answered as " + r.contentType());
    }

    /**
     * Sends {@code POST path} declaring a Content-Length of 100 GB but sending two bytes, over a plain socket (an HTTP
     * client would refuse to lie), and asserts a 413 problem+json answered at once, before the body is read.
     */
    public static void assertLyingContentLengthRefused(String path, String token) {
        try (java.net.Socket socket = new java.net.Socket("localhost", io.restassured.RestAssured.port)) {
            socket.setSoTimeout(20_000);
            String request = "POST " + path + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + token
                    + "\r\nContent-Type: application/json\r\nContent-Length: 100000000000\r\n\r\n{}";
            socket.getOutputStream().write(request.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            // The server answers and keeps the connection until the client goes: read the answer's head only.
            StringBuilder answer = new StringBuilder();
            byte[] buffer = new byte[1024];
            int read;
            while (!answer.toString().contains("\r\n\r\n") && (read = socket.getInputStream().read(buffer)) > 0) {
                answer.append(new String(buffer, 0, read, java.nio.charset.StandardCharsets.ISO_8859_1));
            }
            String head = answer.toString();
            assertTrue(head.startsWith("HTTP/1.1 413"), "a lying Content-Length answered " + abbreviated(head));
            assertTrue(head.toLowerCase(java.util.Locale.ROOT).contains("content-type: application/problem+json"),
                    "a lying Content-Length answered " + head);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * What the HTTP codec answers, on the wire, to a request line over {@code quarkus.http.limits.max-initial-line-length}
     * (4 kB) and to headers over {@code max-header-size} (20 kB): 414 and 431 with an empty body (the 414 as HTTP/1.0).
     * Vert.x' decoder refuses these before any route runs and Quarkus 3.27 installs no invalid-request handler, so no
     * route or exception mapper can shape the answer into problem+json (see docs/DESIGN.md, hostile input). Just under
     * the limits the request reaches the routes and is answered as usual. {@code path} needs a token.
     */
    public static void assertCodecLimits(String path) {
        String under = path + "?q=" + "a".repeat(3_900 - path.length());
        assertTrue(rawHead("GET " + under + " HTTP/1.1\r\nHost: localhost\r\n\r\n").startsWith("HTTP/1.1 401"),
                "a request line just under 4 kB reaches the routes");
        for (int length : new int[]{4_200, 16_000}) {
            String head = rawHead("GET " + path + "?q=" + "a".repeat(length) + " HTTP/1.1\r\nHost: localhost\r\n\r\n");
            // HTTP/1.0: the decoder gave up before it read the request's version.
            assertTrue(head.matches("(?s)HTTP/1\\.[01] 414 .*"), "a " + length + "-character request line answered " + head);
            assertTrue(head.toLowerCase(java.util.Locale.ROOT).contains("content-length: 0"), "an empty body: " + head);
        }
        String headers = "X-Lg: " + "h".repeat(8_000) + "\r\n";
        String head = rawHead("GET " + path + " HTTP/1.1\r\nHost: localhost\r\n" + headers.repeat(3) + "\r\n");
        assertTrue(head.matches("(?s)HTTP/1\\.[01] 431 .*"), "24 kB of headers answered " + head);
        assertTrue(rawHead("GET " + path + " HTTP/1.1\r\nHost: localhost\r\n" + headers.repeat(2) + "\r\n").startsWith("HTTP/1.1 401"),
                "16 kB of headers reach the routes");
    }

    /** Sends {@code request} over a plain socket and returns what comes back until the head ends or the server closes. */
    private static String rawHead(String request) {
        try (java.net.Socket socket = new java.net.Socket("localhost", io.restassured.RestAssured.port)) {
            socket.setSoTimeout(20_000);
            socket.getOutputStream().write(request.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            StringBuilder answer = new StringBuilder();
            byte[] buffer = new byte[1024];
            int read;
            while (!answer.toString().contains("\r\n\r\n") && (read = socket.getInputStream().read(buffer)) > 0) {
                answer.append(new String(buffer, 0, read, java.nio.charset.StandardCharsets.ISO_8859_1));
            }
            return answer.toString();
        } catch (java.net.SocketException e) {
            return "connection reset before an answer: " + e.getMessage();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The least process CPU one measurement of {@link #cpuRatioRepeated} spans: five of Linux's 10 ms clock ticks. */
    private static final long MIN_MEASURED_NS = 50_000_000L;

    /**
     * {@link #cpuRatio} for requests that may be sent again and again (no state: an analysis, a redaction). The JVM reads
     * the process's CPU time in clock ticks (10 ms on Linux), so a request cheaper than a tick can measure 0 or 10 ms:
     * a batch of four short texts measured 0 and its sixteen-fold batch one tick, a "ratio" of 625,000 (CI rehearsal,
     * stop 49). Here each size is sent repeatedly until at least {@link #MIN_MEASURED_NS} of CPU have passed (at most
     * 2,000 times) and its cost is that CPU over the count; the best of three such measurements after a warm-up.
     */
    public static double cpuRatioRepeated(int n, int times, IntFunction<Response> request) {
        com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        int[] sizes = {1, n, n * times};
        double[] best = {Double.MAX_VALUE, Double.MAX_VALUE, Double.MAX_VALUE};
        for (int size : sizes) {
            request.apply(size);
        }
        for (int k = 0; k < 3; k++) {
            for (int i = 0; i < sizes.length; i++) {
                long t0 = os.getProcessCpuTime();
                long spent;
                int count = 0;
                do {
                    request.apply(sizes[i]);
                    count++;
                    spent = os.getProcessCpuTime() - t0;
                } while (spent < MIN_MEASURED_NS && count < 2_000);
                best[i] = Math.min(best[i], (double) spent / count);
            }
        }
        double small = Math.max(best[1] - best[0], best[0] / 10.0);
        double large = Math.max(0, best[2] - best[0]);
        return large / (times * Math.max(1.0, small));
    }

    /** How many fresh states {@link #cpuRatioRepeated(int, int, Supplier, BiFunction)} prepares before timing them. */
    private static final int STATE_BATCH = 8;

    /**
     * {@link #cpuRatioRepeated(int, int, IntFunction)} for requests that change state (a message to a conversation, a
     * hand-off with its own key, a form that a session posts): each repetition sends {@code request} with a state of its
     * own from {@code fresh} (a new conversation, new ids). States are made in batches of {@value #STATE_BATCH} outside
     * the measured CPU, then the batch's requests are measured together; batches follow until at least
     * {@link #MIN_MEASURED_NS} of CPU have passed (at most 400 requests). The cost of a size is that CPU over the count;
     * the best of three such measurements after a warm-up. (The bot's form test measured 0.00 with {@link #cpuRatio}:
     * each request was cheaper than one 10 ms tick.)
     */
    public static <S> double cpuRatioRepeated(int n, int times, Supplier<S> fresh, BiFunction<S, Integer, Response> request) {
        com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        int[] sizes = {1, n, n * times};
        double[] best = {Double.MAX_VALUE, Double.MAX_VALUE, Double.MAX_VALUE};
        for (int size : sizes) {
            request.apply(fresh.get(), size);
        }
        for (int k = 0; k < 3; k++) {
            for (int i = 0; i < sizes.length; i++) {
                long spent = 0;
                int count = 0;
                do {
                    List<S> states = new ArrayList<>(STATE_BATCH);
                    for (int b = 0; b < STATE_BATCH; b++) {
                        states.add(fresh.get());
                    }
                    long t0 = os.getProcessCpuTime();
                    for (S state : states) {
                        request.apply(state, sizes[i]);
                    }
                    spent += os.getProcessCpuTime() - t0;
                    count += STATE_BATCH;
                } while (spent < MIN_MEASURED_NS && count < 400);
                best[i] = Math.min(best[i], (double) spent / count);
            }
        }
        double small = Math.max(best[1] - best[0], best[0] / 10.0);
        double large = Math.max(0, best[2] - best[0]);
        return large / (times * Math.max(1.0, small));
    }

    /** A helper for {@link #cpuRatio}: an authorised request with a body. */
    public static RequestSpecification json(String token, String body) {
        return unprettified(given().auth().oauth2(token).contentType(ContentType.JSON).body(body));
    }
}
