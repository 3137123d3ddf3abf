package com.safesupport.testing;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a black-box tester sends to the HTML pages (forms behind a session cookie, streams), and what the answer must
 * be: never a 5xx, no stack trace or exception name, no hostile value reflected unescaped (in the page or in a
 * redirect), whatever the field values, the form's size, the method, the media type or the shape of the path.
 * <pre>
 * HostilePages.form(() -> browser.request(), "/chat/conversations/" + id + "/messages", Map.of("csrf", csrf, "text", "hi"));
 * HostilePages.paths(() -> browser.request(), "/chat/conversations/{id}");
 * </pre>
 */
public final class HostilePages {

    /** Markers that must never come back unescaped: the page would run them. */
    private static final List<String> ACTIVE = List.of("<script>alert('lg')", "<img src=x onerror=alert('lg')>", "javascript:alert('lg')");

    private HostilePages() {
    }

    /** The hostile values of one form field: markup, control and direction characters, sizes, numbers, traversal. */
    public static Map<String, String> hostileValues() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("a script", "<script>alert('lg')</script>");
        values.put("an attribute break-out", "\"><img src=x onerror=alert('lg')>");
        values.put("a javascript URL", "javascript:alert('lg')");
        values.put("NUL", "a\u0000b");
        values.put("control characters", "\u0001\u0007\u001b[31m\r\nSet-Cookie: lg=1");
        values.put("zero-width and right-to-left", "\u200b\u202e\u2066x");
        values.put("empty", "");
        values.put("blank", "   ");
        values.put("10 kB", "k".repeat(10_000));
        values.put("100 kB", "m".repeat(100_000));
        values.put("a negative number", "-1");
        values.put("a huge number", "99999999999999999999");
        values.put("1e999", "1e999");
        values.put("dot segments", "../../../etc/passwd");
        values.put("SQL", "' OR 1=1 --");
        values.put("a template", "${7*7}{{7*7}}#{7*7}");
        return values;
    }

    /**
     * Posts the form at {@code path} with each field of {@code fields} set to each hostile value in turn (the others
     * kept valid), without each field, with a field repeated, invalid UTF-8, 10,000 fields, a 2 MB form, the wrong media
     * types and the wrong methods.
     */
    public static void form(Supplier<RequestSpecification> session, String path, Map<String, String> fields) {
        for (String field : fields.keySet()) {
            for (Map.Entry<String, String> hostile : hostileValues().entrySet()) {
                Map<String, String> form = new LinkedHashMap<>(fields);
                form.put(field, hostile.getValue());
                check(path + " with " + field + " = " + hostile.getKey(), session.get()
                        .contentType("application/x-www-form-urlencoded").formParams(form).post(path));
            }
            Map<String, String> without = new LinkedHashMap<>(fields);
            without.remove(field);
            check(path + " without " + field, session.get().contentType("application/x-www-form-urlencoded").formParams(without).post(path));
            check(path + " with " + field + " repeated", session.get().contentType("application/x-www-form-urlencoded")
                    .formParams(fields).formParam(field, "second").post(path));
        }
        String valid = encoded(fields);
        check(path + " with invalid UTF-8", raw(session, path, valid + "&text=%C3%28%FF%FE&note=%ED%A0%80"));
        check(path + " with 10,000 fields", raw(session, path, valid + "&f=1".repeat(10_000)));
        check(path + " with a 2 MB form", raw(session, path, valid + "&text=" + "a".repeat(2 * 1024 * 1024)));
        check(path + " as JSON", session.get().contentType("application/json").body("{\"text\":\"<script>alert('lg')</script>\"}").post(path));
        check(path + " as XML", session.get().contentType("application/xml").body("<text><script>alert('lg')</script></text>").post(path));
        check(path + " as multipart", session.get().multiPart("text", "<script>alert('lg')</script>").post(path));
        check(path + " with no media type", session.get().body(valid).post(path));
        for (String method : List.of("PUT", "DELETE", "PATCH")) {
            check(method + " " + path, session.get().contentType("application/x-www-form-urlencoded").body(valid).request(method, path));
        }
        for (String method : List.of("GET", "HEAD", "OPTIONS", "TRACE")) {
            check(method + " " + path, session.get().request(method, path));
        }
    }

    /** {@code path} has an {@code {id}}: non-UUIDs, markup, dot segments, encoded slashes, NULs, a 3 kB segment. */
    public static void paths(Supplier<RequestSpecification> session, String path) {
        String[] ids = {"not-a-uuid", "%3Cscript%3Ealert('lg')%3C%2Fscript%3E", "..", "%2e%2e", "..%2F..%2Fq%2Fhealth", "%2F",
                "%00", "%FF%FE", "%0d%0aSet-Cookie:%20lg=1", "00000000-0000-0000-0000-000000000000", "a".repeat(3_000)};
        for (String id : ids) {
            for (String method : List.of("GET", "POST")) {
                check(method + " " + path + " with id " + (id.length() > 40 ? id.substring(0, 40) + "…" : id),
                        session.get().urlEncodingEnabled(false).contentType("application/x-www-form-urlencoded").body("csrf=x")
                                .request(method, path.replace("{id}", id)));
            }
        }
        String plain = path.replace("{id}", "00000000-0000-0000-0000-000000000000");
        for (String query : List.of("notice=%3Cscript%3Ealert('lg')%3C%2Fscript%3E", "notice=" + "n".repeat(3_000), "notice=%00",
                "notice=a&notice=b")) {
            check("GET " + plain + "?" + query, session.get().urlEncodingEnabled(false).get(plain + "?" + query));
        }
    }

    /** One page answer: below 500, no trace, nothing active reflected, a redirect only to a plain location. */
    public static void check(String probe, Response r) {
        int status = r.statusCode();
        String body = r.asString();
        String abbreviated = body.length() > 300 ? body.substring(0, 300) + "…" : body;
        assertTrue(status < 500, probe + ": answered " + status + " " + abbreviated);
        assertFalse(body.contains("\tat ") || body.contains("Exception") || body.contains("at com.") || body.contains("at io."),
                probe + ": the answer shows a stack trace or an exception name: " + abbreviated);
        String lower = body.toLowerCase(Locale.ROOT);
        for (String active : ACTIVE) {
            assertFalse(lower.contains(active.toLowerCase(Locale.ROOT)), probe + ": reflected unescaped: " + active);
        }
        String location = r.header("Location");
        if (location != null) {
            assertFalse(location.contains("<") || location.contains("\r") || location.contains("\n") || location.contains("\"")
                    || location.toLowerCase(Locale.ROOT).startsWith("javascript:"), probe + ": redirects to " + location);
        }
        assertTrue(r.headers().getList("Set-Cookie").stream().noneMatch(c -> c.getValue().startsWith("lg=")), probe + ": a header was injected");
    }

    private static Response raw(Supplier<RequestSpecification> session, String path, String body) {
        return HostileInput.unprettified(session.get()).urlEncodingEnabled(false)
                .contentType("application/x-www-form-urlencoded").body(body).post(path);
    }

    private static String encoded(Map<String, String> fields) {
        StringBuilder s = new StringBuilder();
        fields.forEach((k, v) -> s.append(s.isEmpty() ? "" : "&").append(java.net.URLEncoder.encode(k, java.nio.charset.StandardCharsets.UTF_8))
                .append('=').append(java.net.URLEncoder.encode(v, java.nio.charset.StandardCharsets.UTF_8)));
        return s.toString();
    }
}
