package com.safesupport.bot.conversation;

import com.safesupport.bot.support.BotTest;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Round 61 (issue 14, branch bh61; round 60's candidate, bh60, reapplied): the last reply's kind is kept with the conversation in PostgreSQL
 * ({@code last_reply_declined}, beside {@code unhelpful_streak}) and read back at the next message, so a customer fed up
 * right after a declined message that started no decline streak (calm facts added to their own question after the reply
 * naming the language) still reaches a person. Each message is its own request: the state is the row as the previous
 * turn wrote it, no process state in between. Conversations written for this test, not from a dataset.
 */
@QuarkusTest
class Bh61LastReplyDeclinedFlowTest extends BotTest {

    private static final String OPENING = "Mon virement vers l'Espagne n'est toujours pas arrivé sur le compte de ma fille.";
    private static final String FACTS = "Je l'ai fait il y a dix jours en agence, pour 400 euros.";
    private static final String FED_UP = "J'en ai vraiment assez, c'est honteux.";

    @Inject
    AgroalDataSource dataSource;

    private record Row(int turns, int unhelpfulStreak, boolean lastReplyDeclined, String control) {
    }

    private Row row(String id) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement(
                     "select turns, unhelpful_streak, last_reply_declined, control from conversation where id = ?")) {
            s.setObject(1, UUID.fromString(id));
            try (ResultSet r = s.executeQuery()) {
                assertTrue(r.next());
                return new Row(r.getInt(1), r.getInt(2), r.getBoolean(3), r.getString(4));
            }
        }
    }

    private void setLastReplyDeclined(String id, boolean value) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("update conversation set last_reply_declined = ? where id = ?")) {
            s.setBoolean(1, value);
            s.setObject(2, UUID.fromString(id));
            assertEquals(1, s.executeUpdate());
        }
    }

    /** The opening (the language reply) and the facts (declined, no streak) of one conversation; its id. */
    private String declinedFacts(String subject) throws SQLException {
        String id = start(subject, "fr", "web");
        say(subject, id, OPENING).statusCode(200).body("kind", is("REFUSED")).body("explanation.reasons", hasItem("LANGUAGE"));
        assertEquals(new Row(1, 0, false, "AI"), row(id), "the reply naming the language declines no question");
        say(subject, id, FACTS).statusCode(200).body("kind", is("REFUSED")).body("explanation.reasons", not(hasItem("LANGUAGE")));
        assertEquals(new Row(2, 0, true, "AI"), row(id), "declined, yet no unhelpful streak: facts added to the question");
        return id;
    }

    @Test
    void fedUpRightAfterADeclinedFactsMessageIsHandedOver() throws SQLException {
        String subject = newSubject();
        String id = declinedFacts(subject);
        say(subject, id, FED_UP).statusCode(200).body("kind", is("ESCALATED"))
                .body("explanation.reasons", hasItem("NEGATIVE_SENTIMENT"));
        Row after = row(id);
        assertEquals("HUMAN", after.control());
        assertEquals(false, after.lastReplyDeclined(), "cleared with the hand-off, as the streaks are");
    }

    @Test
    void theStoredKindIsWhatTheNextMessageReads() throws SQLException {
        // The same conversation with the stored kind cleared before the third message: nothing else says the last reply
        // declined (the decline streak is 0), so the fed-up message is not read as coming right after a failure.
        String subject = newSubject();
        String id = declinedFacts(subject);
        setLastReplyDeclined(id, false);
        say(subject, id, FED_UP).statusCode(200).body("kind", not(is("ESCALATED")));
        Row after = row(id);
        assertEquals(3, after.turns());
        assertEquals("AI", after.control());
        assertTrue(after.lastReplyDeclined(), "declined again, stored again");
    }
}
