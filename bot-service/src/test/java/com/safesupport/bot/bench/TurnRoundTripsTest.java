package com.safesupport.bot.bench;

import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.safesupport.bot.support.BotTest;
import com.safesupport.bot.support.DownstreamStubs;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.Statement;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * What a turn asks of the other services and the database, by count: the outbound HTTP calls per message (WireMock's
 * journal), and, for the SQL, two marker statements around the measured messages, so that the database's own log
 * shows every statement between them. Only with {@code -Pbench}; the SQL with {@code log_statement} set for the test
 * database (docs/benchmarks.md, bot CPU per message, round 13):
 * <pre>
 * psql -U postgres -c "alter database bot_test_me set log_statement = 'all'"
 * TEST_PG_DB_SUFFIX=_me ./mvnw -B -pl bot-service -am verify -Pbench -DskipITs -Dtest=TurnRoundTripsTest -Dsurefire.failIfNoSpecifiedTests=false
 * psql -U postgres -c "alter database bot_test_me reset log_statement"
 * </pre>
 */
@QuarkusTest
@Tag("bench")
class TurnRoundTripsTest extends BotTest {

    /** The messages of {@code TurnCpuBenchmarkTest}. */
    private static final String[] MIX = {
            "How do I activate my new card?",
            "Hi, I'm Maria Lopez (maria.lopez@example.com). Why was my transfer declined?",
            "How long does a transfer to another bank take?",
            "What will the weather be like tomorrow?",
            "Can I change my PIN at a cash machine?",
            "I was charged twice for the same payment, what now?",
    };

    private static final int CONVERSATIONS = 5;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void roundTripsPerMessage() throws Exception {
        // Warm-up: the replies' leak checks are remembered as clean (CleanTexts) as in a running service.
        conversations(3);
        DownstreamStubs.server().resetRequests();
        mark("TURN-ROUND-TRIPS-BEGIN");
        int messages = conversations(CONVERSATIONS);
        mark("TURN-ROUND-TRIPS-END");
        Map<String, Integer> calls = new TreeMap<>();
        for (ServeEvent e : DownstreamStubs.server().getAllServeEvents()) {
            String url = e.getRequest().getUrl().replaceAll("/subjects/[^/]+/", "/subjects/{subject}/");
            calls.merge(e.getRequest().getMethod() + " " + url, 1, Integer::sum);
        }
        System.out.printf("TurnRoundTrips: %d messages in %d conversations (one customer each): outbound HTTP %s%n",
                messages, CONVERSATIONS, calls);
        // One redaction call per message (the replies are known clean); consent once per customer within its max-age.
        assertEquals(Map.of("POST /v1/redact", messages, "GET /v1/subjects/{subject}/decisions/ai-assistance", CONVERSATIONS),
                calls);
    }

    private int conversations(int n) {
        int messages = 0;
        for (int c = 0; c < n; c++) {
            String subject = newSubject();
            String id = start(subject);
            for (String text : MIX) {
                say(subject, id, text).statusCode(200);
                messages++;
            }
        }
        return messages;
    }

    private void mark(String marker) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("select '" + marker + "'");
        }
    }
}
