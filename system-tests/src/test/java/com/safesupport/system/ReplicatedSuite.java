package com.safesupport.system;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

/**
 * {@code ./suite up -d --replicas 2} as a fixture: where each replica listens, how to kill one, how to read its
 * metrics, and the escalation database to count tickets in. bot-service runs in {@code llm} mode against the
 * {@link LlmStub}; the schedulers tick every few seconds so that "once per tick" can be watched.
 */
final class ReplicatedSuite {

    static final int REPLICAS = 2;
    static final List<String> SERVICES = List.of("consent-service", "redaction-service", "bot-service", "escalation-service");
    static final String DB_URL = "jdbc:postgresql://127.0.0.1:15432/";

    /**
     * {@code SUITE_JAVA_OPTIONS} of this stack: the system tests' ({@link SuiteCli#JAVA_OPTIONS}) without bytecode
     * verification of the classes the services load from their jars: 14–23 % less CPU for the ten service restarts
     * of TwoReplicasTest, measured under load (docs/benchmarks.md, "Test time, stop 60 (ct6)"). It runs the same jars
     * as LocalStackTest, whose stack keeps verification on, so a class the verifier would refuse still fails
     * {@code ./suite test} there; Ct6SpeedUpGuardTest holds both halves of that.
     */
    static final String JAVA_OPTIONS = SuiteCli.JAVA_OPTIONS + " " + String.join(" ", SuiteCli.NO_VERIFICATION);

    /** How often the schedulers under test tick in this stack. */
    static final Duration TICK = Duration.ofSeconds(1);

    final LlmStub llm;
    final Map<String, String> env = new HashMap<>();
    // HTTP/1.1: the JDK client's default h2c upgrade once left a metrics request waiting forever (past its timeout) on
    // a replica that answered curl at once; the system test then hung CI.
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();

    ReplicatedSuite(LlmStub llm) {
        this.llm = llm;
        env.put("SUITE_JAVA_OPTIONS", JAVA_OPTIONS);
        env.put("BOT_ANSWER_MODE", "llm");
        env.put("LLM_BASE_URL", llm.baseUrl());
        // Production mode refuses the placeholder key; the stub (a stand-in for an outside LLM vendor) takes any.
        env.put("LLM_API_KEY", "system-test-stub-key");
        env.put("LLM_TIMEOUT", "5s");
        // Two demo customers stand for many here: the per-customer budgets (issue 12) would refuse the load itself.
        // The per-conversation limit stays at its default; theMessageLimitCountsEveryReplica checks it.
        env.put("BOT_BUDGETS_CONVERSATIONS_PER_HOUR", "100000");
        env.put("BOT_BUDGETS_MESSAGES_PER_MINUTE", "100000");
        env.put("BOT_ISOLATION_CONCURRENT_TURNS_PER_CUSTOMER", "64");
        // A key left in flight by a killed replica is taken over after this (30 s by default; a turn takes at most
        // its 8 s deadline and a stage): the load's retries of such a message then wait 15 s, not 30.
        env.put("BOT_IDEMPOTENCY_IN_FLIGHT_TIMEOUT", "15s");
        String tick = TICK.toSeconds() + "s";
        // Relays poll every second and back off to 5 s at most, so a restarted peer is caught up within seconds.
        env.put("BOT_HANDOFF_RELAY_INTERVAL", "1s");
        env.put("BOT_HANDOFF_INITIAL_BACKOFF", "1s");
        env.put("BOT_HANDOFF_MAX_BACKOFF", "5s");
        env.put("ESCALATION_OUTBOX_POLL_EVERY", "1s");
        env.put("ESCALATION_OUTBOX_INITIAL_BACKOFF", "PT1S");
        env.put("ESCALATION_OUTBOX_MAX_BACKOFF", "PT5S");
        env.put("ESCALATION_SLA_CHECK_EVERY", tick);
        env.put("CONSENT_EXPIRY_CHECK_EVERY", tick);
        env.put("CONSENT_DSR_WORK_EVERY", tick);
        env.put("BOT_TRANSCRIPT_PURGE_INTERVAL", tick);
    }

    String up() {
        return SuiteCli.run(env, 900, "up", "-d", "--replicas", Integer.toString(REPLICAS));
    }

    /** {@code ./suite up -d} again: starts whatever is not running; returns how long it took. */
    Duration restartWhatIsMissing() {
        Instant begin = Instant.now();
        String output = SuiteCli.run(env, 600, "up", "-d");
        Duration took = Duration.between(begin, Instant.now());
        Timeline.mark("./suite up -d (" + started(output) + ")", took);
        Timeline.cpu(startedNames(output));
        return took;
    }

    static List<String> startedNames(String output) {
        return output.lines().map(String::strip).filter(l -> l.contains(" starting (pid "))
                .map(l -> l.substring(0, l.indexOf(' '))).toList();
    }

    /** The components a {@code ./suite up} started (its "starting" lines), for the timeline. */
    static String started(String output) {
        List<String> names = startedNames(output);
        return names.size() + " started: " + String.join(" ", names);
    }

    static int index(String service) {
        int i = SERVICES.indexOf(service);
        if (i < 0) {
            throw new IllegalArgumentException(service);
        }
        return i + 1;
    }

    static int apiPort(String service, int replica) {
        return 18000 + index(service) * 10 + replica;
    }

    static int managementPort(String service, int replica) {
        return 19000 + index(service) * 10 + replica;
    }

    static String url(String service, int replica) {
        return "http://localhost:" + apiPort(service, replica);
    }

    static String replicaName(String service, int replica) {
        return service + "-" + replica;
    }

    /** The pid {@code ./suite} recorded for a component ({@code consent-service-1}, {@code postgres}, ...). */
    static long pid(String component) {
        try {
            return Long.parseLong(Files.readString(SuiteCli.HOME.resolve("run/" + component + ".pid")).trim().split(" ")[0]);
        } catch (IOException e) {
            throw new AssertionError("no pid recorded for " + component, e);
        }
    }

    /** Sends a signal to a component's process and waits until it is gone. */
    static void signal(String component, String signal) {
        long pid = pid(component);
        try {
            new ProcessBuilder("kill", "-" + signal, Long.toString(pid)).inheritIO().start().waitFor();
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
        Eventually.until(Duration.ofSeconds(60), () -> ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false),
                alive -> !alive, component + " (pid " + pid + ") exiting on SIG" + signal);
    }

    static void kill9(String component) {
        signal(component, "KILL");
    }

    /** Whether a replica's readiness endpoint answers 200. */
    boolean ready(String service, int replica) {
        return status("http://localhost:" + managementPort(service, replica) + "/q/health/ready") == 200;
    }

    int status(String url) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(3)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    /**
     * A Prometheus counter summed over every replica of a service, counting only the series whose labels include
     * each of {@code labels} (e.g. {@code outcome="delivered"}).
     */
    double metric(String service, String name, String... labels) {
        double sum = 0;
        for (int replica = 1; replica <= REPLICAS; replica++) {
            String text;
            try {
                text = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + managementPort(service, replica) + "/q/metrics"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString()).body();
            } catch (IOException e) {
                throw new AssertionError("metrics of " + replicaName(service, replica) + " unreadable", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
            sum += text.lines()
                    .filter(l -> l.startsWith(name + "{") || l.startsWith(name + " "))
                    .filter(l -> java.util.Arrays.stream(labels).allMatch(l::contains))
                    .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)))
                    .sum();
        }
        return sum;
    }

    static Connection db(String database) throws SQLException {
        return DriverManager.getConnection(DB_URL + database, "postgres", "");
    }

    /** How many tickets escalation-service holds for each of these conversations (0 when none). */
    static Map<UUID, Integer> ticketsPerConversation(Collection<UUID> conversations) {
        Map<UUID, Integer> counts = new HashMap<>();
        conversations.forEach(c -> counts.put(c, 0));
        try (Connection c = db("escalation");
             PreparedStatement query = c.prepareStatement(
                     "select conversation_id, count(*) from ticket where conversation_id = any (?) group by conversation_id")) {
            query.setArray(1, c.createArrayOf("uuid", conversations.toArray()));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    counts.put(rows.getObject(1, UUID.class), rows.getInt(2));
                }
            }
        } catch (SQLException e) {
            throw new AssertionError("escalation database unreadable: " + e.getMessage(), e);
        }
        return counts;
    }

    /** The ticket escalation-service holds for a conversation. */
    static UUID ticketOf(UUID conversation) {
        try (Connection c = db("escalation");
             PreparedStatement query = c.prepareStatement("select id from ticket where conversation_id = ?")) {
            query.setObject(1, conversation);
            try (ResultSet rows = query.executeQuery()) {
                if (!rows.next()) {
                    throw new AssertionError("no ticket for conversation " + conversation);
                }
                return rows.getObject(1, UUID.class);
            }
        } catch (SQLException e) {
            throw new AssertionError("escalation database unreadable: " + e.getMessage(), e);
        }
    }

    /**
     * Waits until every acknowledged hand-off is a ticket, then checks that none became two: the figures every
     * fault test states. Returns them for printing.
     */
    static HandoffCount assertEachHandoffBecameOneTicket(Collection<UUID> acknowledged, Duration limit) {
        Map<UUID, Integer> counts = Eventually.until(limit, () -> ticketsPerConversation(acknowledged),
                m -> m.values().stream().allMatch(n -> n >= 1), "every acknowledged hand-off becoming a ticket");
        long lost = counts.values().stream().filter(n -> n == 0).count();
        long duplicated = counts.values().stream().filter(n -> n > 1).mapToLong(n -> n - 1).sum();
        org.junit.jupiter.api.Assertions.assertEquals(0, lost, "acknowledged hand-offs lost");
        org.junit.jupiter.api.Assertions.assertEquals(0, duplicated, "hand-offs duplicated: " + counts);
        return new HandoffCount(acknowledged.size(), lost, duplicated);
    }

    record HandoffCount(int acknowledged, long lost, long duplicated) {
    }

    /**
     * The load's customer messages against bot-service's database: every message answered (none given up after its
     * retries), each answer's {@code messageId} the reply of exactly one recorded turn (one decision record), and no
     * conversation holding more turns or customer lines than messages answered in it — so a message retried with its
     * key, whichever replica took which attempt, was answered once and a replayed answer named the recorded turn.
     * Returns the figures for the FAULT line; {@link MessageCount#assertAnsweredOnce()} then asserts them.
     */
    static MessageCount countMessages(List<LoadGenerator.Message> messages) {
        Map<UUID, Long> answeredPer = new HashMap<>();
        messages.stream().filter(LoadGenerator.Message::answered).forEach(m -> answeredPer.merge(m.conversation(), 1L, Long::sum));
        Map<UUID, Long> turnsPer = new HashMap<>();
        Map<UUID, Long> customerLinesPer = new HashMap<>();
        Map<UUID, Long> turnsOfReply = new HashMap<>();
        UUID[] conversations = messages.stream().map(LoadGenerator.Message::conversation).distinct().toArray(UUID[]::new);
        try (Connection c = db("bot");
             PreparedStatement decisions = c.prepareStatement(
                     "select conversation_id, message_id from decision_record where conversation_id = any (?)");
             PreparedStatement lines = c.prepareStatement(
                     "select conversation_id, count(*) from message where author = 'CUSTOMER' and conversation_id = any (?)"
                             + " group by conversation_id")) {
            decisions.setArray(1, c.createArrayOf("uuid", conversations));
            try (ResultSet rows = decisions.executeQuery()) {
                while (rows.next()) {
                    turnsPer.merge(rows.getObject(1, UUID.class), 1L, Long::sum);
                    UUID reply = rows.getObject(2, UUID.class);
                    if (reply != null) {
                        turnsOfReply.merge(reply, 1L, Long::sum);
                    }
                }
            }
            lines.setArray(1, c.createArrayOf("uuid", conversations));
            try (ResultSet rows = lines.executeQuery()) {
                while (rows.next()) {
                    customerLinesPer.put(rows.getObject(1, UUID.class), rows.getLong(2));
                }
            }
        } catch (SQLException e) {
            throw new AssertionError("bot database unreadable: " + e.getMessage(), e);
        }
        long unanswered = messages.stream().filter(m -> !m.answered()).count();
        long withoutTurn = messages.stream().filter(LoadGenerator.Message::answered)
                .filter(m -> turnsOfReply.getOrDefault(m.messageId(), 0L) == 0).count();
        long duplicated = 0;
        for (UUID conversation : conversations) {
            long answered = answeredPer.getOrDefault(conversation, 0L);
            duplicated += Math.max(0, turnsPer.getOrDefault(conversation, 0L) - answered);
            duplicated += Math.max(0, customerLinesPer.getOrDefault(conversation, 0L) - answered);
        }
        duplicated += turnsOfReply.values().stream().filter(n -> n > 1).mapToLong(n -> n - 1).sum();
        return new MessageCount(messages.size(), messages.stream().mapToLong(LoadGenerator.Message::requests).sum(),
                messages.stream().filter(m -> m.requests() > 1).count(), messages.stream().mapToLong(LoadGenerator.Message::replays).sum(),
                duplicated, unanswered, withoutTurn,
                messages.stream().filter(m -> !m.answered()).map(m -> m.conversation() + " (" + m.requests() + " requests)").toList());
    }

    /**
     * Customer messages (logical), requests sent for them, messages sent more than once, replayed answers, turns or
     * lines beyond one per answered message, messages never answered, answered ones without a recorded turn.
     */
    record MessageCount(int messages, long requests, long retried, long replays, long duplicated, long unanswered,
                        long withoutTurn, List<String> unansweredOnes) {

        long lost() {
            return unanswered + withoutTurn;
        }

        void assertAnsweredOnce() {
            org.junit.jupiter.api.Assertions.assertTrue(messages > 0, "the load sent no customer message");
            org.junit.jupiter.api.Assertions.assertEquals(0, unanswered, "customer messages never answered after "
                    + LoadGenerator.RETRY_FOR + " of retries: " + unansweredOnes);
            org.junit.jupiter.api.Assertions.assertEquals(0, withoutTurn, "answered customer messages with no recorded turn");
            org.junit.jupiter.api.Assertions.assertEquals(0, duplicated, "customer messages recorded more than once");
        }

        @Override
        public String toString() {
            return String.format("customer messages %d in %d requests (%d retried with their key, %d answers replayed), "
                    + "answered twice %d, lost %d", messages, requests, retried, replays, duplicated, lost());
        }
    }

    static List<Integer> replicas() {
        return IntStream.rangeClosed(1, REPLICAS).boxed().toList();
    }
}
