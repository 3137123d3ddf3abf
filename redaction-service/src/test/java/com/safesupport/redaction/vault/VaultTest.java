package com.safesupport.redaction.vault;

import com.safesupport.testing.AuthMatrix;
import com.safesupport.testing.Tokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class VaultTest {

    static final Tokens TOKENS = new Tokens("redaction-service");

    @Inject
    AgroalDataSource db;

    @Inject
    Vault vault;

    static ValidatableResponse pseudonymize(String text, String scope, String subject) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("text", text, "operator", "PSEUDONYMIZE", "scope", scope));
        if (subject != null) {
            body.put("subjectId", subject);
        }
        return given().auth().oauth2(TOKENS.service("bot-service", "svc-bot")).contentType(ContentType.JSON).body(body)
                .when().post("/v1/redact").then().statusCode(200);
    }

    static ValidatableResponse restore(String text, String scope) {
        return given().auth().oauth2(TOKENS.service("ops-tool", "redaction-restore")).contentType(ContentType.JSON)
                .body(Map.of("text", text, "scope", scope)).when().post("/v1/restore").then();
    }

    @Test
    void pseudonymisedValuesKeepTheirTagAcrossMessagesAndRestoreForTheRestoreRole() {
        String scope = UUID.randomUUID().toString();
        pseudonymize("I'm Maria Kowalski, maria@example.com", scope, "subject-1")
                .body("text", is("I'm <PERSON_1>, <EMAIL_ADDRESS_1>"))
                .body("entities.operator", everyItem(is("PSEUDONYMIZE")));
        // A later message of the same conversation: same person, same tag; a new address, the next number.
        pseudonymize("again maria@example.com and jan@example.org", scope, "subject-1")
                .body("text", is("again <EMAIL_ADDRESS_1> and <EMAIL_ADDRESS_2>"));
        // Another scope numbers from one again.
        pseudonymize("jan@example.org", UUID.randomUUID().toString(), null).body("text", is("<EMAIL_ADDRESS_1>"));

        restore("Dear <PERSON_1>, we wrote to <EMAIL_ADDRESS_2> and <PHONE_NUMBER_9>.", scope).statusCode(200)
                .body("text", is("Dear Maria Kowalski, we wrote to jan@example.org and <PHONE_NUMBER_9>."))
                .body("tagsFound", is(3)).body("tagsRestored", is(2));
        // Another scope's tags are not this scope's values.
        restore("<PERSON_1>", UUID.randomUUID().toString()).statusCode(200).body("text", is("<PERSON_1>"));
    }

    @Test
    void theVaultHoldsOnlyCiphertextWithItsKeyIdAndEveryRestoreIsAudited() throws SQLException {
        String scope = UUID.randomUUID().toString();
        pseudonymize("call me on +44 20 7946 0958", scope, null);
        try (Connection c = db.getConnection();
             PreparedStatement q = c.prepareStatement("select key_id, ciphertext, fingerprint, tag from vault_entry where scope = ?")) {
            q.setString(1, scope);
            try (ResultSet rows = q.executeQuery()) {
                assertTrue(rows.next());
                assertEquals("local-1", rows.getString(1));
                String raw = new String(rows.getBytes(2), StandardCharsets.ISO_8859_1);
                assertFalse(raw.contains("7946"));
                assertFalse(rows.getString(3).contains("7946"));
                assertEquals("<PHONE_NUMBER_1>", rows.getString(4));
            }
        }
        restore("<PHONE_NUMBER_1>", scope).statusCode(200).body("text", is("+44 20 7946 0958"));
        try (Connection c = db.getConnection();
             PreparedStatement q = c.prepareStatement("select caller, client_id, tags_found, tags_restored from restore_audit where scope = ?")) {
            q.setString(1, scope);
            try (ResultSet rows = q.executeQuery()) {
                assertTrue(rows.next());
                assertEquals("service-account-ops-tool", rows.getString(1));
                assertEquals("ops-tool", rows.getString(2));
                assertEquals(1, rows.getInt(3));
                assertEquals(1, rows.getInt(4));
            }
        }
    }

    @Test
    void tagOnlyRedactionWithAScopeKeepsNumberingButNoOriginal() {
        String scope = UUID.randomUUID().toString();
        given().auth().oauth2(TOKENS.service("bot-service", "svc-bot")).contentType(ContentType.JSON)
                .body(Map.of("text", "mail a@example.com", "scope", scope)).when().post("/v1/redact").then().statusCode(200)
                .body("text", is("mail <EMAIL_ADDRESS_1>"));
        given().auth().oauth2(TOKENS.service("bot-service", "svc-bot")).contentType(ContentType.JSON)
                .body(Map.of("text", "b@example.com, a@example.com", "scope", scope)).when().post("/v1/redact").then().statusCode(200)
                .body("text", is("<EMAIL_ADDRESS_2>, <EMAIL_ADDRESS_1>"));
        restore("<EMAIL_ADDRESS_1>", scope).statusCode(200).body("text", is("<EMAIL_ADDRESS_1>")).body("tagsRestored", is(0));
    }

    @Test
    void expiredEntriesAreNotRestoredAndArePurged() throws SQLException {
        String scope = UUID.randomUUID().toString();
        pseudonymize("mail old@example.com", scope, null);
        try (Connection c = db.getConnection();
             PreparedStatement u = c.prepareStatement("update vault_entry set expires_at = now() - interval '1 minute' where scope = ?")) {
            u.setString(1, scope);
            assertEquals(1, u.executeUpdate());
        }
        restore("<EMAIL_ADDRESS_1>", scope).statusCode(200).body("tagsRestored", is(0));
        assertTrue(vault.purgeExpired() >= 1);
        try (Connection c = db.getConnection();
             PreparedStatement q = c.prepareStatement("select count(*) from vault_entry where scope = ?")) {
            q.setString(1, scope);
            try (ResultSet rows = q.executeQuery()) {
                rows.next();
                assertEquals(0, rows.getInt(1));
            }
        }
    }

    @Test
    void concurrentMessagesOfOneScopeGetDistinctTagsWithoutErrors() throws Exception {
        String scope = UUID.randomUUID().toString();
        int writers = 6;
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(writers);
        java.util.List<java.util.concurrent.Future<String>> tags = new java.util.ArrayList<>();
        for (int i = 0; i < writers; i++) {
            String text = "mail writer" + i + "@example.com";
            tags.add(pool.submit(() -> {
                start.await();
                return pseudonymize(text, scope, null).extract().<String>path("entities[0].replacement");
            }));
        }
        start.countDown();
        java.util.Set<String> distinct = new java.util.HashSet<>();
        for (java.util.concurrent.Future<String> f : tags) {
            distinct.add(f.get(30, java.util.concurrent.TimeUnit.SECONDS));
        }
        pool.shutdown();
        assertEquals(writers, distinct.size());
        for (int i = 1; i <= writers; i++) {
            assertTrue(distinct.contains("<EMAIL_ADDRESS_" + i + ">"));
        }
    }

    @Test
    void restoreIsForTheRestoreRoleOnly() {
        AuthMatrix.of(TOKENS, "POST", "/v1/restore").body("{\"text\":\"x\",\"scope\":\"s\"}").allowing("redaction-restore").verify();
        given().auth().oauth2(TOKENS.service("ops-tool", "redaction-restore")).contentType(ContentType.JSON)
                .body(Map.of("text", "x")).when().post("/v1/restore").then().statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.hasItem("scope"));
    }

    @Test
    void consentServiceExportsAndErasesASubjectsVaultEntries() {
        String subject = "subject-" + UUID.randomUUID();
        String scope1 = UUID.randomUUID().toString();
        String scope2 = UUID.randomUUID().toString();
        pseudonymize("I'm Maria Kowalski", scope1, subject);
        pseudonymize("mail maria@example.com", scope2, subject);
        pseudonymize("mail someone.else@example.com", scope2, "another-subject");

        given().auth().oauth2(TOKENS.service("consent-service", "svc-consent"))
                .when().get("/v1/subjects/{id}/data", subject).then().statusCode(200)
                .body("service", is("redaction-service"))
                .body("subjectId", is(subject))
                .body("generatedAt", notNullValue())
                .body("records", hasSize(2))
                .body("records.value", containsInAnyOrder("Maria Kowalski", "maria@example.com"))
                .body("records.tag", containsInAnyOrder("<PERSON_1>", "<EMAIL_ADDRESS_1>"))
                .body("records.keyId", everyItem(is("local-1")));

        given().auth().oauth2(TOKENS.service("consent-service", "svc-consent"))
                .when().delete("/v1/subjects/{id}/data", subject).then().statusCode(200)
                .body("service", is("redaction-service")).body("erased.vaultEntries", is(2)).body("completedAt", notNullValue());
        given().auth().oauth2(TOKENS.service("consent-service", "svc-consent"))
                .when().delete("/v1/subjects/{id}/data", subject).then().statusCode(200).body("erased.vaultEntries", is(0));
        given().auth().oauth2(TOKENS.service("consent-service", "svc-consent"))
                .when().get("/v1/subjects/{id}/data", subject).then().statusCode(200).body("records", hasSize(0));
        restore("<PERSON_1>", scope1).statusCode(200).body("tagsRestored", is(0));
        // The other subject's entry in the shared scope is untouched.
        restore("<EMAIL_ADDRESS_2>", scope2).statusCode(200).body("text", is("someone.else@example.com"));
    }

    @Test
    void subjectDataIsForConsentServiceOnly() {
        AuthMatrix.of(TOKENS, "GET", "/v1/subjects/s-1/data").allowing("svc-consent").verify();
        AuthMatrix.of(TOKENS, "DELETE", "/v1/subjects/s-1/data").allowing("svc-consent").verify();
        // A customer cannot reach even their own vault entries directly; consent-service runs their requests.
        given().auth().oauth2(TOKENS.customer("s-1")).when().get("/v1/subjects/s-1/data").then().statusCode(403);
    }

    @Test
    void aScopeCanBeErasedByBotOrConsentService() {
        String scope = UUID.randomUUID().toString();
        pseudonymize("mail maria@example.com and jan@example.org", scope, null);
        given().auth().oauth2(TOKENS.service("bot-service", "svc-bot")).when().delete("/v1/scopes/{s}", scope).then().statusCode(200)
                .body("erased.vaultEntries", is(2));
        given().auth().oauth2(TOKENS.service("consent-service", "svc-consent")).when().delete("/v1/scopes/{s}", scope).then().statusCode(200)
                .body("erased.vaultEntries", is(0));
        AuthMatrix.of(TOKENS, "DELETE", "/v1/scopes/s-1").allowing("svc-bot", "svc-consent").verify();
    }

}
