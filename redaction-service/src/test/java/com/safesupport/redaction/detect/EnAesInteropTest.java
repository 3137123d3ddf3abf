package com.safesupport.redaction.detect;

import com.safesupport.redaction.anonymize.PresidioAes;
import com.safesupport.redaction.api.PresidioResource;
import com.safesupport.testing.AuthMatrix;
import com.safesupport.testing.LogCapture;
import com.safesupport.testing.ProblemShape;
import com.safesupport.testing.Tokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import javax.crypto.spec.SecretKeySpec;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Presidio's {@code encrypt} operator and {@code /v1/deanonymize} with {@code decrypt} (en): Presidio's AES-CBC format
 * byte for byte (vectors made with {@code openssl enc}, not with this code), the key lengths, the restore role, the
 * audit, no key in logs or problems, and linear cost on hostile input. All texts and keys are made up.
 */
@QuarkusTest
class EnAesInteropTest {

    static final Tokens TOKENS = new Tokens("redaction-service");
    static final String KEY_128 = "Made-up key 16b!";
    static final String KEY_256 = "Thirty-two byte made-up key 0001";
    /**
     * {@code (IV 000102..0f; printf 'Ode Varga' | openssl enc -aes-128-cbc -K <hex of KEY_128> -iv 000102..0f) | base64
     * | tr '+/' '-_'}: Presidio's format (IV first, URL-safe base64).
     */
    static final String VECTOR_128 = "AAECAwQFBgcICQoLDA0OD8znJE93MkBxF1pY2RH3mWQ=";
    /** The same with AES-256, IV f0e1d2c3b4a5968778695a4b3c2d1e0f, on non-ASCII text "Zoë Ängström". */
    static final String VECTOR_256 = "8OHSw7Sllod4aVpLPC0eD6RNVgzh8P5nUtdjlEcaUTg=";

    @Inject
    AgroalDataSource db;

    private static RequestSpecification bot() {
        return given().auth().oauth2(TOKENS.service("bot-service", "svc-bot")).contentType(ContentType.JSON);
    }

    private static RequestSpecification restorer() {
        return given().auth().oauth2(TOKENS.service("ops-tool", "redaction-restore")).contentType(ContentType.JSON);
    }

    private static ValidatableResponse deanonymize(String text, List<Map<String, Object>> spans, String key) {
        return restorer().body(Map.of("text", text, "anonymizer_results", spans,
                "deanonymizers", Map.of("DEFAULT", Map.of("type", "decrypt", "key", key))))
                .when().post("/v1/deanonymize").then();
    }

    private static Map<String, Object> span(String type, int start, int end) {
        return Map.of("entity_type", type, "start", start, "end", end);
    }

    @Test
    void presidioVectorsMadeByOpensslDecrypt() {
        assertEquals("Ode Varga", PresidioAes.decrypt(PresidioAes.key(KEY_128), VECTOR_128));
        assertEquals("Zoë Ängström", PresidioAes.decrypt(PresidioAes.key(KEY_256), VECTOR_256));
        // Python's urlsafe_b64decode also reads the standard alphabet: the same bytes written with + and /.
        assertEquals("Zoë Ängström", PresidioAes.decrypt(PresidioAes.key(KEY_256), VECTOR_256.replace('-', '+').replace('_', '/')));
        String text = "caller " + VECTOR_128 + " rang";
        deanonymize(text, List.of(span("PERSON", 7, 7 + VECTOR_128.length())), KEY_128).statusCode(200)
                .body("text", is("caller Ode Varga rang"))
                .body("items", hasSize(1))
                .body("items[0].start", is(7)).body("items[0].end", is(16))
                .body("items[0].entity_type", is("PERSON")).body("items[0].operator", is("decrypt"))
                .body("items[0].text", is("Ode Varga"));
    }

    @Test
    void encryptThenDecryptRoundTripsForEveryKeyLength() {
        String text = "write to ode.varga@example.org today";
        for (String key : List.of(KEY_128, "Twenty-four byte key 024", KEY_256, "Zwölf Bytes key")) {
            assertEquals(key.equals("Zwölf Bytes key") ? 16 : key.length(), key.getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
            ValidatableResponse enc = bot().body(Map.of("text", text,
                            "anonymizers", Map.of("EMAIL_ADDRESS", Map.of("type", "encrypt", "key", key)),
                            "analyzer_results", List.of(Map.of("start", 9, "end", 30, "score", 0.9, "entity_type", "EMAIL_ADDRESS"))))
                    .when().post("/v1/anonymize").then().statusCode(200)
                    .body("items[0].operator", is("encrypt"))
                    // 16-byte IV + 32 bytes of ciphertext for 21 bytes of text, URL-safe base64 with padding.
                    .body("items[0].text", matchesPattern("[A-Za-z0-9_-]{64}"));
            String anonymized = enc.extract().path("text");
            int start = enc.extract().path("items[0].start");
            int end = enc.extract().path("items[0].end");
            assertTrue(anonymized.startsWith("write to ") && anonymized.endsWith(" today"));
            deanonymize(anonymized, List.of(span("EMAIL_ADDRESS", start, end)), key).statusCode(200)
                    .body("text", is(text)).body("items[0].text", is("ode.varga@example.org"));
        }
        // A random IV: the same value encrypts differently each time.
        SecretKeySpec k = PresidioAes.key(KEY_128);
        assertNotEquals(PresidioAes.encrypt(k, "Ode Varga"), PresidioAes.encrypt(k, "Ode Varga"));
    }

    @Test
    void otherKeyLengthsAreRefusedWithoutEchoingTheKey() {
        for (String key : List.of("", "fifteen-bytes!!", "seventeen-bytes!!", "Thirty-three byte made-up key 001", "Zwölf Bytes key!")) {
            String body = ProblemShape.of(bot().body(Map.of("text", "id ode.varga@example.org",
                                    "anonymizers", Map.of("DEFAULT", Map.of("type", "encrypt", "key", key)),
                                    "analyzer_results", List.of(Map.of("start", 3, "end", 24, "entity_type", "EMAIL_ADDRESS"))))
                            .when().post("/v1/anonymize").then(), 400, "/v1/anonymize")
                    .body("type", is("https://safesupport.dev/problems/invalid-key")).extract().asString();
            assertTrue(key.isEmpty() || !body.contains(key), body);
            ProblemShape.of(deanonymize("x " + VECTOR_128, List.of(span("PERSON", 2, 2 + VECTOR_128.length())), key), 400, "/v1/deanonymize")
                    .body("type", is("https://safesupport.dev/problems/invalid-key"));
        }
        bot().body(Map.of("text", "id", "anonymizers", Map.of("DEFAULT", Map.of("type", "encrypt")), "analyzer_results", List.of()))
                .when().post("/v1/anonymize").then().statusCode(400).body("type", is("https://safesupport.dev/problems/invalid-key"));
    }

    @Test
    void wrongKeyTamperingAndBadBase64AreOneGenericProblem() throws Exception {
        String text = "x " + VECTOR_128;
        List<Map<String, Object>> whole = List.of(span("PERSON", 2, text.length()));
        char last = VECTOR_128.charAt(30);
        String tampered = "x " + VECTOR_128.substring(0, 30) + (last == 'A' ? 'B' : 'A') + VECTOR_128.substring(31);
        String detail = null;
        try (LogCapture logs = LogCapture.start()) {
            for (ValidatableResponse r : List.of(deanonymize(text, whole, "Other made-up k!"), deanonymize(tampered, whole, KEY_128),
                    deanonymize("x not*base64!here", List.of(span("PERSON", 2, 17)), KEY_128),
                    deanonymize("x QUJD", List.of(span("PERSON", 2, 6)), KEY_128))) {
                String body = ProblemShape.of(r, 400, "/v1/deanonymize")
                        .body("type", is("https://safesupport.dev/problems/decryption-failed"))
                        .body("$", not(org.hamcrest.Matchers.hasKey("errors"))).extract().asString();
                String d = io.restassured.path.json.JsonPath.from(body).getString("detail");
                if (detail != null) {
                    assertEquals(detail, d, "one message whatever failed (no padding oracle)");
                }
                detail = d;
                assertTrue(!body.contains(KEY_128) && !body.contains("Other made-up k!") && !body.toLowerCase().contains("padding"), body);
            }
            restorer().body(Map.of("text", "a " + VECTOR_128, "anonymizer_results", List.of(span("PERSON", 2, 2 + VECTOR_128.length())),
                    "deanonymizers", Map.of("PERSON", Map.of("type", "decrypt", "key", KEY_128)))).when().post("/v1/deanonymize")
                    .then().statusCode(200).body("text", is("a Ode Varga"));
            bot().body(Map.of("text", "id Ode Varga", "anonymizers", Map.of("DEFAULT", Map.of("type", "encrypt", "key", KEY_256)),
                    "analyzer_results", List.of(Map.of("start", 3, "end", 12, "entity_type", "PERSON")))).when().post("/v1/anonymize")
                    .then().statusCode(200);
            logs.assertNoneOf(KEY_128, KEY_256, "Other made-up k!", "Ode Varga");
        }
        // Audited as /v1/restore is: caller and counts, never a value or the key.
        try (Connection c = db.getConnection();
             PreparedStatement q = c.prepareStatement("select count(*), sum(tags_restored) from restore_audit where scope = 'presidio-deanonymize'"
                     + " and client_id = 'ops-tool' and restored_at > now() - interval '10 minutes'")) {
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                assertTrue(rs.getInt(1) >= 5, "every call audited, failed ones too");
                assertTrue(rs.getInt(2) >= 1);
            }
        }
    }

    @Test
    void lookAlikesStayAsTheyWere() {
        // Only the spans given are decrypted; an unlisted ciphertext stays, and a decrypt type other than decrypt is refused.
        String text = VECTOR_128 + " and " + VECTOR_128;
        deanonymize(text, List.of(span("PERSON", 0, VECTOR_128.length())), KEY_128).statusCode(200)
                .body("text", is("Ode Varga and " + VECTOR_128));
        restorer().body(Map.of("text", text, "anonymizer_results", List.of(span("PERSON", 0, 44)),
                        "deanonymizers", Map.of("DEFAULT", Map.of("type", "replace"))))
                .when().post("/v1/deanonymize").then().statusCode(400).body("type", is("https://safesupport.dev/problems/unsupported-operator"));
        restorer().body(Map.of("text", text, "anonymizer_results", List.of(span("PERSON", 0, 44)),
                        "deanonymizers", Map.of("EMAIL_ADDRESS", Map.of("type", "decrypt", "key", KEY_128))))
                .when().post("/v1/deanonymize").then().statusCode(400).body("type", is("https://safesupport.dev/problems/missing-deanonymizer"));
        deanonymize(text, List.of(span("PERSON", 0, 999)), KEY_128).statusCode(400).body("type", is("https://safesupport.dev/problems/invalid-offsets"));
        deanonymize("nothing to restore", List.of(), KEY_128).statusCode(200).body("text", is("nothing to restore")).body("items", hasSize(0));
    }

    @Test
    void deanonymizeIsForTheRestoreRoleOnly() {
        String body = "{\"text\":\"x\",\"anonymizer_results\":[],\"deanonymizers\":{}}";
        AuthMatrix.of(TOKENS, "POST", "/v1/deanonymize").body(body).allowing("redaction-restore").verify();
        bot().body(body).when().post("/v1/deanonymize").then().statusCode(403);
        given().auth().oauth2(TOKENS.customer(java.util.UUID.randomUUID().toString())).contentType(ContentType.JSON).body(body)
                .when().post("/v1/deanonymize").then().statusCode(403);
        given().contentType(ContentType.JSON).body(body).when().post("/v1/deanonymize").then().statusCode(401);
        given().auth().oauth2("not-a-token").contentType(ContentType.JSON).body(body).when().post("/v1/deanonymize").then().statusCode(401);
        bot().when().get("/v1/deanonymizers").then().statusCode(200).body("$", equalTo(List.of("decrypt")));
        bot().when().get("/v1/anonymizers").then().statusCode(200).body("$", org.hamcrest.Matchers.hasItem("encrypt"));
    }

    @Test
    void hostileSizesStayLinear() {
        // 64 kB of text with 1,000 results through the endpoint.
        SecretKeySpec key = PresidioAes.key(KEY_128);
        StringBuilder text = new StringBuilder();
        List<Map<String, Object>> spans = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            String c = PresidioAes.encrypt(key, "Ode " + i);
            spans.add(span("PERSON", text.length(), text.length() + c.length()));
            text.append(c).append(' ');
        }
        while (text.length() < 65000) {
            text.append("filler words of a long made-up message ");
        }
        deanonymize(text.toString(), spans, KEY_128).statusCode(200).body("items", hasSize(1000))
                .body("text", containsString("Ode 999 "));
        // 1,000 results against 16,000 (overlap rule, decryption and rebuild): 16 times the work costs ~16 times.
        String unit = PresidioAes.encrypt(key, "Ode Varga") + " ";
        Map<String, SecretKeySpec> keys = Map.of("DEFAULT", key);
        double ratio = CpuLinearity.ratio(unit.repeat(1000), unit.repeat(16000), 16, s -> {
            List<Finding> fs = new ArrayList<>();
            for (int at = 0; at + unit.length() <= s.length(); at += unit.length()) {
                fs.add(new Finding("PERSON", at, at + unit.length() - 1, 1.0, "caller", null, null, 1.0));
            }
            PresidioResource.decryptSpans(s, fs, keys);
        });
        System.out.printf("en deanonymize 1,000 vs 16,000 results: ratio %.2f%n", ratio);
        assertTrue(ratio < 4, "deanonymize grows faster than linearly: " + ratio);
        assertThrows(PresidioAes.Failed.class, () -> PresidioAes.decrypt(key, "QUJD"));
    }
}
