package com.safesupport.consent;

import com.safesupport.consent.ledger.LedgerChain;
import com.safesupport.consent.selfservice.ExpiryJob;
import com.safesupport.testing.AuthMatrix;
import com.safesupport.testing.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;

import static com.safesupport.consent.ConsentSteps.REUSED;
import static com.safesupport.consent.ConsentSteps.TOKENS;
import static com.safesupport.consent.ConsentSteps.answer;
import static com.safesupport.consent.ConsentSteps.botAsks;
import static com.safesupport.consent.ConsentSteps.give;
import static com.safesupport.consent.ConsentSteps.newSubject;
import static com.safesupport.consent.ConsentSteps.withdraw;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class LedgerTest {

    @Inject
    DataSource db;

    @Inject
    TestClock clock;

    @Inject
    ExpiryJob expiry;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void verificationIsForPrivacyOfficers() {
        AuthMatrix.of(REUSED, "GET", "/v1/ledger/verify").allowing("privacy-officer").verify();
    }

    @Test
    void anIntactChainVerifies() {
        give(newSubject(), "analytics");
        verify().body("valid", is(true)).body("firstBrokenLink", nullValue()).body("eventsChecked", greaterThanOrEqualTo(1));
    }

    @Test
    void aRowEditedInTheDatabaseIsCaughtAtItsLink() throws SQLException {
        String subject = newSubject();
        give(subject, "analytics");
        long seq = history(subject).extract().<Integer>path("[0].seq");
        String original = payload(seq);
        try {
            tamper(seq, original.replace("\"kind\":\"GIVEN\"", "\"kind\":\"REFUSED\""));
            verify().body("valid", is(false))
                    .body("firstBrokenLink.seq", is((int) seq))
                    .body("firstBrokenLink.reason", is("payload does not match payload_hash"));
        } finally {
            tamper(seq, original);
        }
        verify().body("valid", is(true));
    }

    @Test
    void theDatabaseRefusesUpdatesAndDeletesOfLedgerRows() throws SQLException {
        String subject = newSubject();
        give(subject, "analytics");
        long seq = history(subject).extract().<Integer>path("[0].seq");
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            assertThrows(SQLException.class, () -> s.executeUpdate("update consent_event set kind = 'REFUSED' where seq = " + seq));
            assertThrows(SQLException.class, () -> s.executeUpdate("delete from consent_event where seq = " + seq));
        }
    }

    @Test
    void erasingASubjectKeepsTheChainVerifiable() {
        String subject = newSubject();
        give(subject, "ai-assistance");
        withdraw(subject, "ai-assistance");
        given().auth().oauth2(TOKENS.service("consent-service", "svc-consent"))
                .when().delete("/v1/subjects/{s}/data", subject)
                .then().statusCode(200)
                .body("service", is("consent-service"))
                .body("erased.consentEvents", is(2))
                .body("erased.currentConsents", is(1));
        history(subject).body("$", empty());
        botAsks(subject, "ai-assistance").body("state", is("NOT_ASKED"));
        verify().body("valid", is(true)).body("erasedEvents", greaterThanOrEqualTo(2));
        // Idempotent.
        given().auth().oauth2(TOKENS.service("consent-service", "svc-consent"))
                .when().delete("/v1/subjects/{s}/data", subject)
                .then().statusCode(200).body("erased.consentEvents", is(0));
    }

    @Test
    void consentPastItsValidityIsRefusedAtOnceAndRecordedAsExpiredByTheScheduler() {
        String subject = newSubject();
        give(subject, "ai-assistance");
        clock.advance(Duration.ofDays(367));
        botAsks(subject, "ai-assistance").body("state", is("EXPIRED")).body("allowed", is(false));
        expiry.run();
        history(subject).body("kind", contains("GIVEN", "EXPIRED"));
        String expiredEvent = history(subject).extract().path("[1].eventId");
        botAsks(subject, "ai-assistance").body("state", is("EXPIRED")).body("evidenceEventId", is(expiredEvent));
        verify().body("valid", is(true));
    }

    @Test
    void aMaterialNewNoticeAsksAgainAndAMinorOneDoesNot() {
        String purpose = "notice-test-" + System.nanoTime();
        String officer = TOKENS.user("petra", "privacy-officer");
        given().auth().oauth2(officer).contentType(ContentType.JSON).body(PurposeTest.DEFINITION)
                .when().put("/v1/purposes/{p}", purpose).then().statusCode(200);
        String subject = newSubject();
        give(subject, purpose);
        given().auth().oauth2(officer).contentType(ContentType.JSON).body("{\"text\":\"Typo fixed.\",\"material\":false}")
                .when().post("/v1/purposes/{p}/notices", purpose).then().statusCode(200).body("noticeVersion", is(2));
        botAsks(subject, purpose).body("state", is("GIVEN")).body("noticeVersion", is(1));
        given().auth().oauth2(officer).contentType(ContentType.JSON).body("{\"text\":\"We now also share surveys with a partner.\",\"material\":true}")
                .when().post("/v1/purposes/{p}/notices", purpose).then().statusCode(200).body("noticeVersion", is(3));
        botAsks(subject, purpose).body("state", is("NOT_ASKED")).body("allowed", is(false)).body("noticeVersion", is(3));
        answer(subject, purpose, "GIVEN", 1).statusCode(409);
        answer(subject, purpose, "GIVEN", 3).statusCode(201);
        botAsks(subject, purpose).body("state", is("GIVEN")).body("noticeVersion", is(3));
    }

    @Test
    void theSignedHeadEndpointsAreForPrivacyOfficers() {
        give(newSubject(), "analytics");
        AuthMatrix.of(REUSED, "POST", "/v1/ledger/head").allowing("privacy-officer").verify();
        AuthMatrix.of(REUSED, "GET", "/v1/ledger/head").allowing("privacy-officer").verify();
    }

    @Test
    void anErasedEventKeepsNoSaltSoItsPayloadHashConfirmsNoGuess() throws SQLException {
        String subject = newSubject();
        give(subject, "ai-assistance");
        long seq = history(subject).extract().<Integer>path("[0].seq");
        String[] before = row(seq);
        String payload = before[0];
        String salt = before[1];
        String payloadHash = before[2];
        assertTrue(salt != null && salt.matches("[0-9a-f]{64}"), "a random salt per event");
        assertNotEquals(LedgerChain.sha256(payload), payloadHash, "the payload alone does not hash to payload_hash");
        assertEquals(LedgerChain.sha256(salt + "\n" + payload), payloadHash);
        given().auth().oauth2(TOKENS.service("consent-service", "svc-consent"))
                .when().delete("/v1/subjects/{s}/data", subject).then().statusCode(200);
        String[] after = row(seq);
        assertNull(after[0], "payload erased");
        assertNull(after[1], "salt erased: a guessed payload can no longer be checked against payload_hash");
        assertEquals(payloadHash, after[2]);
        verify().body("valid", is(true));
    }

    @Test
    void aChainRewrittenFromBeforeASignedHeadIsCaught() throws SQLException {
        String subject = newSubject();
        give(subject, "analytics");
        long seq = history(subject).extract().<Integer>path("[0].seq");
        give(newSubject(), "analytics");
        String jws = given().auth().oauth2(OFFICER).when().post("/v1/ledger/head").then().statusCode(200)
                .body("seq", greaterThanOrEqualTo((int) seq + 1)).extract().path("jws");
        verify().body("valid", is(true)).body("signedHeadsChecked", greaterThanOrEqualTo(1));
        List<String[]> original = rowsFrom(seq);
        try {
            // A database owner rewrites the event and recomputes every later link: each link holds on its own.
            rewriteFrom(seq, original.getFirst()[0].replace("\"kind\":\"GIVEN\"", "\"kind\":\"REFUSED\""), "REFUSED");
            verify().body("valid", is(false))
                    .body("firstBrokenLink.reason", startsWith("hash differs from the head signed at"));
            // A head kept outside the database catches it too, whatever happened to the stored signatures.
            given().auth().oauth2(OFFICER).queryParam("signedHead", jws).when().get("/v1/ledger/verify").then().statusCode(200)
                    .body("valid", is(false));
        } finally {
            restore(original);
        }
        verify().body("valid", is(true));
        given().auth().oauth2(OFFICER).queryParam("signedHead", jws).when().get("/v1/ledger/verify").then().statusCode(200)
                .body("valid", is(true));
        given().auth().oauth2(OFFICER).queryParam("signedHead", jws.substring(0, jws.length() - 4) + "AAAA")
                .when().get("/v1/ledger/verify").then().statusCode(400).contentType("application/problem+json");
    }

    private static final String OFFICER = TOKENS.user("petra", "privacy-officer");

    private String[] row(long seq) throws SQLException {
        try (Connection c = db.getConnection();
             PreparedStatement s = c.prepareStatement("select payload, salt, payload_hash from consent_event where seq = ?")) {
            s.setLong(1, seq);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return new String[] {r.getString(1), r.getString(2), r.getString(3)};
            }
        }
    }

    /** payload, salt, payload_hash, prev_hash, hash, kind, seq of every link from seq on. */
    private List<String[]> rowsFrom(long seq) throws SQLException {
        List<String[]> rows = new java.util.ArrayList<>();
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(
                "select payload, salt, payload_hash, prev_hash, hash, kind, seq from consent_event where seq >= ? order by seq")) {
            s.setLong(1, seq);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    rows.add(new String[] {r.getString(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5),
                            r.getString(6), r.getString(7)});
                }
            }
        }
        return rows;
    }

    private void rewriteFrom(long seq, String payload, String kind) throws SQLException {
        List<String[]> rows = rowsFrom(seq);
        String prev = rows.getFirst()[3];
        List<String[]> rewritten = new java.util.ArrayList<>();
        for (String[] r : rows) {
            String[] n = r.clone();
            if (Long.parseLong(r[6]) == seq) {
                n[0] = payload;
                n[5] = kind;
                n[2] = LedgerChain.payloadHash(r[1], payload);
            }
            n[3] = prev;
            n[4] = LedgerChain.link(prev, Long.parseLong(r[6]), n[2]);
            prev = n[4];
            rewritten.add(n);
        }
        restore(rewritten);
    }

    /** What an attacker with database access does: bypass the append-only trigger and write links. */
    private void restore(List<String[]> rows) throws SQLException {
        try (Connection c = db.getConnection()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement(); PreparedStatement u = c.prepareStatement(
                    "update consent_event set payload = ?, payload_hash = ?, prev_hash = ?, hash = ?, kind = ? where seq = ?")) {
                s.execute("set local session_replication_role = replica");
                for (String[] r : rows) {
                    u.setString(1, r[0]);
                    u.setString(2, r[2]);
                    u.setString(3, r[3]);
                    u.setString(4, r[4]);
                    u.setString(5, r[5]);
                    u.setLong(6, Long.parseLong(r[6]));
                    u.executeUpdate();
                }
            }
            c.commit();
        }
    }

    private static io.restassured.response.ValidatableResponse verify() {
        return given().auth().oauth2(TOKENS.user("petra", "privacy-officer"))
                .when().get("/v1/ledger/verify")
                .then().statusCode(200);
    }

    private static io.restassured.response.ValidatableResponse history(String subject) {
        return given().auth().oauth2(TOKENS.customer(subject))
                .when().get("/v1/subjects/{s}/consents/history", subject)
                .then().statusCode(200);
    }

    private String payload(long seq) throws SQLException {
        try (Connection c = db.getConnection();
             PreparedStatement s = c.prepareStatement("select payload from consent_event where seq = ?")) {
            s.setLong(1, seq);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getString(1);
            }
        }
    }

    /** What an attacker with database access does: bypass the append-only trigger and rewrite a row. */
    private void tamper(long seq, String payload) throws SQLException {
        try (Connection c = db.getConnection()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement();
                 PreparedStatement u = c.prepareStatement("update consent_event set payload = ? where seq = ?")) {
                s.execute("set local session_replication_role = replica");
                u.setString(1, payload);
                u.setLong(2, seq);
                u.executeUpdate();
            }
            c.commit();
        }
    }
}
