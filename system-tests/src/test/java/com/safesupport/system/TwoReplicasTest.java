package com.safesupport.system;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestClassOrder;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The suite with two replicas of every service ({@code ./suite up -d --replicas 2}), started once for this class:
 * first what must hold with replicas, then faults injected into the real processes while customers talk to it.
 * bot-service runs in {@code llm} mode against {@link LlmStub}, the only mock (the LLM vendor is outside the product).
 * Every fault test states its figures on one line starting with {@code FAULT}: acknowledged hand-offs, lost,
 * duplicated, personal values leaked, and the recovery time.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestClassOrder(ClassOrderer.OrderAnnotation.class)
@ExtendWith(Timeline.class)
class TwoReplicasTest {

    static final String ALICE = LocalStackTest.ALICE;
    static final String BOB = "b0b00000-0000-4000-8000-000000000002";
    static final String BOT = "bot-service";
    static final String ESCALATION = "escalation-service";
    static final String CONSENT = "consent-service";
    static final String REDACTION = "redaction-service";

    LlmStub llm;
    ReplicatedSuite suite;
    final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build(); // see ReplicatedSuite

    @BeforeAll
    void up() throws IOException {
        Timeline.begin();
        llm = new LlmStub();
        suite = new ReplicatedSuite(llm);
        Instant begin = Instant.now();
        String output = suite.up();
        Timeline.mark("./suite up -d --replicas 2 (" + ReplicatedSuite.started(output) + ")", Duration.between(begin, Instant.now()));
        Timeline.cpu(ReplicatedSuite.startedNames(output));
        assertTrue(output.contains("The suite is up") && output.contains("2 replicas"), output);
        output.lines().filter(l -> l.contains("ready on port") || l.startsWith("The suite is up"))
                .forEach(l -> System.out.println("REPLICAS " + l.strip()));
        for (String subject : List.of(ALICE, BOB)) {
            CustomerJourney.giveConsent(token(subject.equals(ALICE) ? "alice" : "bob"), subject, "ai-assistance");
        }
    }

    @AfterAll
    void downLeavesNothingBehind() {
        try {
            List<Long> pids = SuiteCli.recordedPids();
            Instant begin = Instant.now();
            SuiteCli.run(120, "down");
            Timeline.mark("./suite down", Duration.between(begin, Instant.now()));
            for (long pid : pids) {
                assertFalse(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false), "pid " + pid + " survived ./suite down");
            }
            assertEquals(List.of(), SuiteCli.processesUnderHome(), "orphan processes after ./suite down");
            List<Integer> ports = new ArrayList<>(List.of(15432, 8180, 8081, 8082, 8083, 8084));
            for (String service : ReplicatedSuite.SERVICES) {
                for (int replica : ReplicatedSuite.replicas()) {
                    ports.add(ReplicatedSuite.apiPort(service, replica));
                    ports.add(ReplicatedSuite.managementPort(service, replica));
                }
            }
            for (int port : ports) {
                assertFalse(LocalStackTest.listening(port), "port " + port + " still open after ./suite down");
            }
        } finally {
            llm.close();
        }
    }

    static String token(String user) {
        return LocalStackTest.passwordToken(user);
    }

    /** A token source for a load worker: a fresh token every minute (they live five). */
    static Supplier<String> tokens(String user) {
        return new Supplier<>() {
            String token;
            Instant fetched = Instant.EPOCH;

            @Override
            public synchronized String get() {
                if (Duration.between(fetched, Instant.now()).toSeconds() > 60) {
                    try {
                        token = token(user);
                        fetched = Instant.now();
                    } catch (AssertionError | RuntimeException e) {
                        // Keycloak unreachable: keep the token we have until it expires
                    }
                }
                return token;
            }
        };
    }

    static JsonPath say(String botUrl, String token, String conversation, String text) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("text", text))
                .post(botUrl + "/v1/conversations/" + conversation + "/messages")
                .then().statusCode(200).extract().jsonPath();
    }

    static String open(String botUrl, String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).post(botUrl + "/v1/conversations").then().statusCode(201).extract().path("conversationId");
    }

    static void fault(String name, ReplicatedSuite.HandoffCount handoffs, long leaked, LoadGenerator load, Instant since, String recovery) {
        System.out.printf("FAULT %-44s acknowledged hand-offs %3d, lost %d, duplicated %d, personal values leaked %d, %s%s%n",
                name, handoffs.acknowledged(), handoffs.lost(), handoffs.duplicated(), leaked, requests(load, since), recovery);
    }

    /**
     * The load's customer messages, each sent with an Idempotency-Key and retried with it (LoadGenerator): printed
     * on a FAULT line of their own, then asserted — each answered exactly once, none lost.
     */
    static void messagesAnsweredOnce(String name, LoadGenerator load) {
        ReplicatedSuite.MessageCount messages = ReplicatedSuite.countMessages(load.messages());
        System.out.printf("FAULT %-44s %s%n", name, messages);
        messages.assertAnsweredOnce();
    }

    private static String requests(LoadGenerator load, Instant since) {
        return load == null ? "" : String.format("customer requests failed %d of %d %s %s, ", load.failuresSince(since),
                load.failuresSince(since) + load.successesSince(since), load.failureStatuses(since), load.failuresSeen(since));
    }

    /**
     * While a replica or the database is gone a customer may see a request fail, but only as the retryable 503 problem
     * (the proxy's when no replica could answer, docs/local-stack.md; a service's when its database cannot be
     * reached) or, for a retry whose first request died with its replica, 409 {@code idempotency-key-in-flight} with
     * Retry-After: never a 502, a 500, or no answer (a connection reset or a timeout).
     */
    static void assertOnlyRetryableFailures(String name, LoadGenerator load, Instant since) {
        Map<String, Long> seen = load.failuresSeen(since);
        long others = seen.entrySet().stream().filter(e -> !e.getKey().equals(LoadGenerator.RETRYABLE)
                && !e.getKey().equals(LoadGenerator.IN_FLIGHT)).mapToLong(Map.Entry::getValue).sum();
        assertEquals(0, others, name + ": failures other than the 503 problem; " + requests(load, since));
    }

    static String seconds(Duration d) {
        return String.format("%.1f s", d.toMillis() / 1000.0);
    }

    // ---------------------------------------------------------------------------------------------------------

    @Nested
    @Order(1)
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    class CorrectWithReplicas {

        @Test
        @Order(1)
        void statusShowsTheProxyAndEveryReplica() {
            String status = SuiteCli.run(60, "status");
            List<String> components = new ArrayList<>(List.of("postgres", "keycloak", "proxy"));
            ReplicatedSuite.SERVICES.forEach(s -> ReplicatedSuite.replicas().forEach(r -> components.add(ReplicatedSuite.replicaName(s, r))));
            for (String component : components) {
                assertTrue(status.lines().anyMatch(l -> l.startsWith(component + " ") && l.endsWith("UP")), component + ":\n" + status);
            }
            String again = SuiteCli.run(120, "up", "-d");
            assertEquals(components.size(), again.lines().filter(l -> l.contains("already running")).count(), again);
        }

        @Test
        @Order(2)
        void theProxyTakesTheReplicasInTurn() {
            String alice = token("alice");
            double[] before = ReplicatedSuite.replicas().stream()
                    .mapToDouble(r -> whoamiCount(r)).toArray();
            for (int i = 0; i < 6; i++) {
                given().auth().oauth2(alice).get("http://localhost:8083/v1/whoami").then().statusCode(200);
            }
            for (int r : ReplicatedSuite.replicas()) {
                assertEquals(3.0, whoamiCount(r) - before[r - 1], "requests that reached bot-service-" + r);
            }
        }

        private double whoamiCount(int replica) {
            try {
                String text = http.send(HttpRequest.newBuilder(URI.create("http://localhost:"
                        + ReplicatedSuite.managementPort(BOT, replica) + "/q/metrics")).build(), HttpResponse.BodyHandlers.ofString()).body();
                return text.lines().filter(l -> l.startsWith("http_server_requests_seconds_count") && l.contains("uri=\"/v1/whoami\""))
                        .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).sum();
            } catch (IOException | InterruptedException e) {
                throw new AssertionError(e);
            }
        }

        @Test
        @Order(3)
        void anAgentOnReplicaOneSeesATicketCreatedThroughReplicaTwo() throws Exception {
            String agnes = token("agnes");
            String queue = given().auth().oauth2(agnes).get(ReplicatedSuite.url(ESCALATION, 1) + "/v1/queues")
                    .then().statusCode(200).extract().path("find { it.topics == null || it.topics.isEmpty() }.code");
            List<String> lines = new java.util.concurrent.CopyOnWriteArrayList<>();
            CompletableFuture<HttpResponse<Stream<String>>> stream = http.sendAsync(
                    HttpRequest.newBuilder(URI.create(ReplicatedSuite.url(ESCALATION, 1) + "/v1/queues/" + queue + "/events"))
                            .header("Authorization", "Bearer " + agnes).header("Accept", "text/event-stream").build(),
                    HttpResponse.BodyHandlers.ofLines());
            HttpResponse<Stream<String>> response = stream.get(10, java.util.concurrent.TimeUnit.SECONDS);
            assertEquals(200, response.statusCode());
            Thread reader = new Thread(() -> response.body().forEach(lines::add), "sse-reader");
            reader.setDaemon(true);
            reader.start();
            Eventually.until(Duration.ofSeconds(10), () -> String.join("\n", lines), l -> l.contains("SUBSCRIBED"), "the subscription");

            UUID conversation = UUID.randomUUID();
            String ticket = given().auth().oauth2(LocalStackTest.clientToken("bot-service"))
                    .header("Idempotency-Key", UUID.randomUUID().toString()).contentType(ContentType.JSON)
                    .body(Map.of("conversationId", conversation, "subjectId", BOB, "reasons", List.of("HUMAN_REQUESTED"),
                            "locale", "en", "channel", "web", "summary", "replica test",
                            "transcript", List.of(Map.of("author", "CUSTOMER", "text", "a person please", "at", Instant.now().toString())),
                            "decisionRecordIds", List.of()))
                    .post(ReplicatedSuite.url(ESCALATION, 2) + "/v1/handoffs")
                    .then().statusCode(201).extract().path("ticketId");

            Eventually.until(Duration.ofSeconds(10), () -> String.join("\n", lines), l -> l.contains(ticket),
                    "the TICKET_CREATED event of a ticket made on replica 2 reaching a subscriber of replica 1");
            response.body().close();
        }

        @Test
        @Order(4)
        void consentDecisionsAndTheirCacheAreTheSameWhicheverReplicaAnswers() {
            String bob = token("bob");
            String path = "/v1/subjects/" + BOB + "/decisions/ai-assistance";
            String etag1 = given().auth().oauth2(bob).get(ReplicatedSuite.url(CONSENT, 1) + path).then().statusCode(200).extract().header("ETag");
            String etag2 = given().auth().oauth2(bob).get(ReplicatedSuite.url(CONSENT, 2) + path).then().statusCode(200).extract().header("ETag");
            assertEquals(etag1, etag2, "both replicas tag the same decision alike");
            given().auth().oauth2(bob).header("If-None-Match", etag1).get(ReplicatedSuite.url(CONSENT, 2) + path).then().statusCode(304);

            // A withdrawal made on one consent replica stops the AI on both bot replicas within the 5 s cache.
            String conversation = open(ReplicatedSuite.url(BOT, 1), bob);
            given().auth().oauth2(bob).delete(ReplicatedSuite.url(CONSENT, 1) + "/v1/subjects/" + BOB + "/consents/ai-assistance")
                    .then().statusCode(200);
            for (int replica : ReplicatedSuite.replicas()) {
                String url = ReplicatedSuite.url(BOT, replica);
                Eventually.until(Duration.ofSeconds(10), () -> say(url, bob, open(url, bob), "How do I order a new card?"),
                        r -> r.getList("explanation.reasons").contains("NO_CONSENT"), "bot-service-" + replica + " honouring the withdrawal");
            }
            int version = given().auth().oauth2(bob).get(ReplicatedSuite.url(CONSENT, 2) + "/v1/purposes/ai-assistance")
                    .then().statusCode(200).extract().path("purpose.noticeVersion");
            given().auth().oauth2(bob).contentType(ContentType.JSON)
                    .body(Map.of("state", "GIVEN", "noticeVersion", version, "channel", "web"))
                    .post(ReplicatedSuite.url(CONSENT, 2) + "/v1/subjects/" + BOB + "/consents/ai-assistance").then().statusCode(201);
            for (int replica : ReplicatedSuite.replicas()) {
                String url = ReplicatedSuite.url(BOT, replica);
                Eventually.until(Duration.ofSeconds(10), () -> say(url, bob, open(url, bob), "How do I order a new card?"),
                        r -> !r.getList("explanation.reasons").contains("NO_CONSENT"), "bot-service-" + replica + " seeing the new consent");
            }
            assertNotEquals(null, conversation);
        }

        /**
         * The per-conversation message limit ({@code bot.limits.messages-per-minute}, 12) counts every message of the
         * conversation, whichever replica took it: the 13th within a minute is refused on either.
         */
        @Test
        @Order(5)
        void theMessageLimitCountsEveryReplica() {
            String alice = token("alice");
            String conversation = open("http://localhost:8083", alice);
            for (int i = 0; i < 12; i++) {
                String url = ReplicatedSuite.url(BOT, 1 + i % 2);
                given().auth().oauth2(alice).contentType(ContentType.JSON).body(Map.of("text", "What are your opening hours? " + i))
                        .post(url + "/v1/conversations/" + conversation + "/messages").then().statusCode(200);
            }
            for (int replica : ReplicatedSuite.replicas()) {
                given().auth().oauth2(alice).contentType(ContentType.JSON).body(Map.of("text", "One more question"))
                        .post(ReplicatedSuite.url(BOT, replica) + "/v1/conversations/" + conversation + "/messages")
                        .then().statusCode(429).contentType("application/problem+json");
            }
        }

        /**
         * Hand-offs acknowledged while escalation-service is down wait in bot-service's outbox; once it is back,
         * both bot replicas' relays poll every second, and each entry is delivered once: as many deliveries as
         * hand-offs, no replayed request at escalation-service, one ticket each. Also the fault "kill -9 of every
         * escalation replica".
         */
        @Test
        @Order(6)
        void handOffsQueuedWhileEscalationIsDownAreEachDeliveredOnce() {
            double deliveredBefore = suite.metric(BOT, "bot_handoff_deliveries_total", "outcome=\"delivered\"");
            double replayedBefore = suite.metric(ESCALATION, "escalation_handoffs_replayed_total");
            ReplicatedSuite.replicas().forEach(r -> ReplicatedSuite.kill9(ReplicatedSuite.replicaName(ESCALATION, r)));

            Set<UUID> acknowledged = new HashSet<>();
            String[] users = {"alice", "bob"};
            for (int i = 0; i < 8; i++) {
                String url = ReplicatedSuite.url(BOT, 1 + i % 2);
                String token = token(users[i % 2]);
                String conversation = open(url, token);
                JsonPath reply = say(url, token, conversation, "I want to talk to a real person");
                assertEquals("ESCALATED", reply.getString("kind"), reply.prettify());
                assertEquals("QUEUED", reply.getString("handoff.status"), reply.prettify());
                acknowledged.add(UUID.fromString(conversation));
            }
            Instant restart = Instant.now();
            Duration restartTook = suite.restartWhatIsMissing();
            ReplicatedSuite.HandoffCount count = ReplicatedSuite.assertEachHandoffBecameOneTicket(acknowledged, Duration.ofSeconds(90));
            Duration delivered = Duration.between(restart, Instant.now());

            // A ticket can exist before its entry is marked delivered (the answer was lost, a retry will be answered
            // from escalation's idempotency store), so wait for the deliveries too, then check there are no more.
            Eventually.until(Duration.ofSeconds(60),
                    () -> suite.metric(BOT, "bot_handoff_deliveries_total", "outcome=\"delivered\"") - deliveredBefore,
                    n -> n >= acknowledged.size(), "every queued hand-off marked delivered");
            assertEquals(acknowledged.size(), suite.metric(BOT, "bot_handoff_deliveries_total", "outcome=\"delivered\"") - deliveredBefore,
                    "deliveries by both bot replicas together");
            // A request that reached escalation-service but whose answer did not come back in time is sent again
            // with its Idempotency-Key and answered from the idempotency store: at-least-once, never two tickets.
            double replayed = suite.metric(ESCALATION, "escalation_handoffs_replayed_total") - replayedBefore;
            fault("kill -9 of every escalation-service replica", count, 0, null, restart,
                    "escalation back in " + seconds(restartTook) + ", every queued hand-off a ticket " + seconds(delivered)
                            + " after the restart began (" + (long) replayed + " retried requests answered from the idempotency store)");
        }

        /**
         * Each scheduler runs once per tick across both replicas: over a window of several ticks the runs of both
         * replicas together are at most one per tick, while both replicas did try (some of their attempts skipped).
         */
        @Test
        @Order(7)
        void schedulersRunOncePerTickAcrossReplicas() {
            Map<String, String> jobs = Map.of("consent-expiry", CONSENT, "dsr-worker", CONSENT, "sla-monitor", ESCALATION,
                    "transcript-purge", BOT);
            // transcript-purge starts a minute after start-up
            Instant waiting = Instant.now();
            jobs.forEach((job, service) -> Eventually.until(Duration.ofSeconds(90),
                    () -> suite.metric(service, "scheduler_ticks_total", "job=\"" + job + "\"", "outcome=\"run\""), n -> n >= 1,
                    job + " running at all"));
            Timeline.mark("every job running at all", Duration.between(waiting, Instant.now()));
            // Per job: the window runs from just before its first scrape to just after its second, so no run is missed.
            Map<String, double[]> before = new java.util.HashMap<>();
            Map<String, Instant> from = new java.util.HashMap<>();
            jobs.forEach((job, service) -> {
                from.put(job, Instant.now());
                before.put(job, new double[]{
                        suite.metric(service, "scheduler_ticks_total", "job=\"" + job + "\"", "outcome=\"run\""),
                        suite.metric(service, "scheduler_ticks_total", "job=\"" + job + "\"", "outcome=\"skipped\"")});
            });
            Instant start = Instant.now();
            Eventually.until(Duration.ofSeconds(30), Instant::now,
                    now -> Duration.between(start, now).compareTo(ReplicatedSuite.TICK.multipliedBy(6)) >= 0, "six ticks passing");
            jobs.forEach((job, service) -> {
                double runs = suite.metric(service, "scheduler_ticks_total", "job=\"" + job + "\"", "outcome=\"run\"") - before.get(job)[0];
                double skipped = suite.metric(service, "scheduler_ticks_total", "job=\"" + job + "\"", "outcome=\"skipped\"") - before.get(job)[1];
                long window = Duration.between(from.get(job), Instant.now()).toMillis();
                // the ticks a window of this length can touch; each replica alone would run about once per tick
                long ticks = (window + ReplicatedSuite.TICK.toMillis() - 1) / ReplicatedSuite.TICK.toMillis() + 1;
                assertTrue(runs >= 1 && runs <= ticks, job + ": " + runs + " runs in " + ticks + " ticks");
                assertTrue(skipped >= 1, job + ": no replica ever skipped a tick, so both ran each one");
            });
        }
    }

    // ---------------------------------------------------------------------------------------------------------

    @Nested
    @Order(2)
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    class Faults {

        @Test
        @Order(1)
        void killingOneReplicaOfEachServiceUnderLoadLosesNoHandOff() {
            try (LoadGenerator load = new LoadGenerator("http://localhost:8083", Duration.ofMinutes(3), Map.of(),
                    tokens("alice"), tokens("bob"), tokens("alice")).start()) {
                Eventually.until(Duration.ofSeconds(60), () -> load.acknowledged().size(), n -> n >= 5, "hand-offs before the kill");
                Instant killed = Instant.now();
                ReplicatedSuite.SERVICES.forEach(s -> ReplicatedSuite.kill9(ReplicatedSuite.replicaName(s, 1)));
                Eventually.until(Duration.ofSeconds(60), () -> load.successesSince(killed.plusSeconds(2)), n -> n >= 5,
                        "customers served by the surviving replicas");
                Duration restartTook = suite.restartWhatIsMissing();
                Instant restarted = Instant.now();
                Eventually.until(Duration.ofSeconds(60), () -> load.successesSince(restarted), n -> n >= 5, "customers served after the restart");
                load.close();
                ReplicatedSuite.HandoffCount count = ReplicatedSuite.assertEachHandoffBecameOneTicket(load.acknowledged(), Duration.ofSeconds(90));
                fault("kill -9 of one replica of each service", count, 0, load, killed,
                        "errors for " + seconds(load.errorWindow(killed)) + " after the kill; killed replicas back in " + seconds(restartTook));
                messagesAnsweredOnce("kill -9 of one replica of each service", load);
                assertOnlyRetryableFailures("kill -9 of one replica of each service", load, killed);
            }
        }

        @Test
        @Order(2)
        void killingEveryBotReplicaQueuesAgentRepliesAndLosesNoHandOff() {
            String agnes = token("agnes");
            String sam = token("sam");
            String alice = token("alice");
            CustomerJourney.goOnline(agnes);
            // Three fresh hand-offs of alice's, given to agnes by the supervisor, so that she can answer them.
            List<UUID> conversations = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                String conversation = open("http://localhost:8083", alice);
                say("http://localhost:8083", alice, conversation, "I want to talk to a real person");
                conversations.add(UUID.fromString(conversation));
            }
            ReplicatedSuite.assertEachHandoffBecameOneTicket(conversations, Duration.ofSeconds(60));
            List<String> repliedTo = new ArrayList<>();
            for (UUID conversation : conversations) {
                String ticket = ReplicatedSuite.ticketOf(conversation).toString();
                String etag = given().auth().oauth2(sam).get("http://localhost:8084/v1/tickets/" + ticket).then().statusCode(200)
                        .extract().header("ETag");
                given().auth().oauth2(sam).header("If-Match", etag).contentType(ContentType.JSON).body(Map.of("agent", "agnes"))
                        .post("http://localhost:8084/v1/tickets/" + ticket + "/reassign").then().statusCode(200);
                repliedTo.add(ticket);
            }
            double relayedBefore = suite.metric(ESCALATION, "escalation_relay_deliveries_total", "outcome=\"delivered\"");
            try (LoadGenerator load = new LoadGenerator("http://localhost:8083", Duration.ofMinutes(3), Map.of(),
                    tokens("alice"), tokens("bob")).start()) {
                Eventually.until(Duration.ofSeconds(60), () -> load.acknowledged().size(), n -> n >= 3, "hand-offs before the kill");
                Instant killed = Instant.now();
                ReplicatedSuite.replicas().forEach(r -> ReplicatedSuite.kill9(ReplicatedSuite.replicaName(BOT, r)));
                for (String ticket : repliedTo) {
                    given().auth().oauth2(agnes).contentType(ContentType.JSON).body(Map.of("text", "Reply while the bot is down"))
                            .post("http://localhost:8084/v1/tickets/" + ticket + "/replies").then().statusCode(200);
                }
                Instant restart = Instant.now();
                Duration restartTook = suite.restartWhatIsMissing();
                Instant firstSuccess = load.firstSuccessAfter(restart, Duration.ofSeconds(60));
                Eventually.until(Duration.ofSeconds(60), () -> load.successesSince(firstSuccess), n -> n >= 3, "customers served again");
                load.close();
                ReplicatedSuite.HandoffCount count = ReplicatedSuite.assertEachHandoffBecameOneTicket(load.acknowledged(), Duration.ofSeconds(90));
                Eventually.until(Duration.ofSeconds(60),
                        () -> suite.metric(ESCALATION, "escalation_relay_deliveries_total", "outcome=\"delivered\"") - relayedBefore,
                        n -> n >= repliedTo.size(), "the queued agent replies reaching bot-service");
                assertEquals((double) repliedTo.size(),
                        suite.metric(ESCALATION, "escalation_relay_deliveries_total", "outcome=\"delivered\"") - relayedBefore,
                        "each queued reply delivered once by the two escalation relays together");
                for (UUID conversation : conversations) {
                    List<String> authors = CustomerJourney.conversation(alice, conversation.toString()).getList("messages.author");
                    assertEquals(1, authors.stream().filter("AGENT"::equals).count(), "agent replies shown in " + conversation);
                }
                fault("kill -9 of every bot-service replica", count, 0, load, killed,
                        "bot back in " + seconds(restartTook) + ", first customer served " + seconds(Duration.between(restart, firstSuccess))
                                + " after the restart began");
                messagesAnsweredOnce("kill -9 of every bot-service replica", load);
                assertOnlyRetryableFailures("kill -9 of every bot-service replica", load, killed);
            }
        }

        @Test
        @Order(3)
        void postgresStoppedAndRestartedLosesNoHandOff() {
            try (LoadGenerator load = new LoadGenerator("http://localhost:8083", Duration.ofMinutes(3), Map.of(),
                    tokens("alice"), tokens("bob")).start()) {
                Eventually.until(Duration.ofSeconds(60), () -> load.acknowledged().size(), n -> n >= 3, "hand-offs before the stop");
                Instant stopped = Instant.now();
                ReplicatedSuite.signal("postgres", "INT"); // fast shutdown
                Eventually.until(Duration.ofSeconds(30), () -> suite.ready(BOT, 1), ready -> !ready, "bot-service-1 reporting not ready");
                Eventually.until(Duration.ofSeconds(30), () -> load.failuresSince(stopped), n -> n >= 1, "customers refused while the database is down");
                Instant restart = Instant.now();
                suite.restartWhatIsMissing();
                Instant dbBack = Instant.now();
                Eventually.until(Duration.ofSeconds(90), () -> ReplicatedSuite.SERVICES.stream()
                        .allMatch(s -> ReplicatedSuite.replicas().stream().allMatch(r -> suite.ready(s, r))), b -> b, "every replica ready again");
                Duration allReady = Duration.between(dbBack, Instant.now());
                Instant firstSuccess = load.firstSuccessAfter(dbBack, Duration.ofSeconds(60));
                Eventually.until(Duration.ofSeconds(60), () -> load.successesSince(firstSuccess), n -> n >= 3, "customers served again");
                load.close();
                ReplicatedSuite.HandoffCount count = ReplicatedSuite.assertEachHandoffBecameOneTicket(load.acknowledged(), Duration.ofSeconds(90));
                fault("PostgreSQL stopped and restarted", count, 0, load, stopped,
                        "database back " + seconds(Duration.between(restart, dbBack)) + " after ./suite up -d; every replica ready "
                                + seconds(allReady) + " and the first customer served " + seconds(Duration.between(dbBack, firstSuccess))
                                + " after that");
                messagesAnsweredOnce("PostgreSQL stopped and restarted", load);
                assertOnlyRetryableFailures("PostgreSQL stopped and restarted", load, stopped); // 503 database-unavailable
            }
        }

        @Test
        @Order(4)
        void withRedactionStoppedNoPersonalValueReachesTheModel() throws IOException {
            Map<String, String> personal = Map.of("email", "grace.hopper.fault@example.com", "phone", "+44 20 7946 0958",
                    "iban", "DE89370400440532013000");
            // With redaction up the model is used, and sees the values only as tags.
            String alice = token("alice");
            int seen = llm.requests().size();
            say("http://localhost:8083", alice, open("http://localhost:8083", alice),
                    "How do I activate my new card? Reach me at " + personal.get("email"));
            List<String> before = llm.requests().subList(seen, llm.requests().size());
            assertFalse(before.isEmpty(), "bot-service in llm mode did not call the model");
            assertTrue(before.stream().anyMatch(r -> r.contains("<EMAIL_ADDRESS_")), String.join("\n", before));

            int sentBeforeStop = llm.requests().size();
            ReplicatedSuite.replicas().forEach(r -> ReplicatedSuite.kill9(ReplicatedSuite.replicaName(REDACTION, r)));
            try (LoadGenerator load = new LoadGenerator("http://localhost:8083", Duration.ofMinutes(2), personal,
                    tokens("alice"), tokens("bob")).start()) {
                Eventually.until(Duration.ofSeconds(60), () -> load.acknowledged().size(), n -> n >= 6, "hand-offs while redaction is down");
                Instant restart = Instant.now();
                Duration restartTook = suite.restartWhatIsMissing();
                int sentBeforeRestart = llm.requests().size();
                Eventually.until(Duration.ofSeconds(60), () -> llm.requests().size(), n -> n > sentBeforeRestart,
                        "the model being used again once redaction is back");
                Duration recovered = Duration.between(restart, Instant.now());
                Eventually.until(Duration.ofSeconds(60), () -> llm.requests().size(), n -> n >= sentBeforeRestart + 5,
                        "more questions carrying personal values reaching the model, redacted");
                load.close();

                List<String> toModel = llm.requests().subList(sentBeforeStop, llm.requests().size());
                long leaked = toModel.stream().filter(r -> personal.values().stream().anyMatch(r::contains)).count();
                assertEquals(0, leaked, "requests to the model carrying a personal value");
                long inLogs = 0;
                try (Stream<Path> logs = Files.list(SuiteCli.HOME.resolve("logs"))) {
                    for (Path log : logs.toList()) {
                        String content = Files.readString(log);
                        inLogs += personal.values().stream().filter(content::contains).count();
                    }
                }
                assertEquals(0, inLogs, "personal values in the components' logs");
                ReplicatedSuite.HandoffCount count = ReplicatedSuite.assertEachHandoffBecameOneTicket(load.acknowledged(), Duration.ofSeconds(90));
                fault("redaction-service stopped (bot in llm mode)", count, leaked + inLogs, load, Instant.EPOCH,
                        toModel.size() + " model calls checked; redaction back in " + seconds(restartTook) + ", model used again "
                                + seconds(recovered) + " after the restart began");
                messagesAnsweredOnce("redaction-service stopped (bot in llm mode)", load);
                assertOnlyRetryableFailures("redaction-service stopped (bot in llm mode)", load, Instant.EPOCH);
            }
        }

        /**
         * A data-subject erasure fans out through the proxy to every replicated service and empties each; it also
         * leaves the shared stack home without the hundreds of conversations and tickets the load made.
         */
        @Test
        @Order(5)
        void anErasureReachesEveryReplicatedServiceAndEmptiesIt() {
            String petra = token("petra");
            for (String subject : List.of(ALICE, BOB)) {
                JsonPath erasure = CustomerJourney.runDataSubjectRequest(petra, subject, "ERASURE");
                CustomerJourney.assertEveryServiceAnswered(erasure, "ERASE");
                String consentClient = LocalStackTest.clientToken("consent-service");
                for (String service : List.of(REDACTION, BOT, ESCALATION)) {
                    for (int replica : ReplicatedSuite.replicas()) {
                        given().auth().oauth2(consentClient)
                                .get(ReplicatedSuite.url(service, replica) + "/v1/subjects/" + subject + "/data")
                                .then().statusCode(200).body("records.size()", org.hamcrest.Matchers.equalTo(0));
                    }
                }
            }
        }

        /** Last: Keycloak stays down until the class's ./suite down. */
        @Test
        @Order(6)
        void withKeycloakStoppedIssuedTokensStillWorkAndNewLoginsFailClearly() {
            String alice = token("alice");
            // People's tokens do not name redaction-service (only services call it): ask it with bot-service's.
            String bot = LocalStackTest.clientToken("bot-service");
            ReplicatedSuite.signal("keycloak", "TERM");

            for (String service : ReplicatedSuite.SERVICES) {
                String caller = service.equals("redaction-service") ? bot : alice;
                for (int replica : ReplicatedSuite.replicas()) {
                    given().auth().oauth2(caller).get(ReplicatedSuite.url(service, replica) + "/v1/whoami")
                            .then().statusCode(200);
                    assertTrue(suite.ready(service, replica), ReplicatedSuite.replicaName(service, replica) + " not ready without Keycloak");
                }
            }
            // A customer with a token is still served (services keep their client-credentials tokens until expiry).
            JsonPath reply = say("http://localhost:8083", alice, open("http://localhost:8083", alice), "How do I activate my new card?");
            assertTrue(List.of("ANSWER", "ESCALATED", "CLARIFY").contains(reply.getString("kind")), reply.prettify());

            StringBuilder output = new StringBuilder();
            int exit;
            try {
                Process login = SuiteCli.command("token", "alice").start();
                output.append(new String(login.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
                exit = login.waitFor();
            } catch (IOException e) {
                throw new AssertionError(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
            assertNotEquals(0, exit, output.toString());
            assertTrue(output.toString().contains("Keycloak does not answer"), output.toString());
            System.out.printf("FAULT %-44s issued tokens accepted by all 8 replicas, all 8 ready, a customer served (%s); "
                    + "a new login fails: %s%n", "Keycloak stopped", reply.getString("kind"), output.toString().strip());
        }
    }
}
