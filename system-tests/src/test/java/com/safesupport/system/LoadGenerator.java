package com.safesupport.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * Customers talking to the suite through the proxy while a test breaks something: each worker opens a
 * conversation, asks a question, then asks for a person. A hand-off is <em>acknowledged</em> when bot-service
 * answered the request for a person with 200 and an ESCALATED reply: from then on it must become exactly one ticket.
 * Every request's outcome is kept with its time, so the error window and the recovery can be measured. Bounded:
 * it stops when told or after {@code maxRun}, whichever comes first.
 *
 * <p>Each customer message is sent as a careful client would (docs/bot.md, "Faults, twelfth sweep (fm11)"): with an
 * {@code Idempotency-Key} of its own, and, when the answer is the retryable 503 problem, a 409
 * {@code idempotency-key-in-flight}, or no answer at all (a reset connection, a timeout), sent again — the same text
 * with the same key — after its {@code Retry-After} (at most {@link #RETRY_PAUSE_CAP}) until it is answered or
 * {@link #RETRY_FOR} has passed. Every such logical message is kept as a {@link Message}, so a test can check in
 * bot-service's database that each answered one is exactly one turn.
 */
final class LoadGenerator implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * One request: when it was sent, whether it got the answer expected, the HTTP status (0: no answer), and for a
     * failure what the customer saw: {@link #RETRYABLE}, {@code "HTTP <status>"}, or {@code "no answer (<exception>)"}.
     */
    record Outcome(Instant at, boolean ok, int status, String seen) {
    }

    /** What a customer may see fail while a replica or the database is gone: 503 problem+json with Retry-After. */
    static final String RETRYABLE = "503 problem";

    /**
     * What a retry may see while the first request with its key is still held by a replica that died before
     * answering: 409 problem {@code idempotency-key-in-flight} with Retry-After, until the key's lease ends.
     */
    static final String IN_FLIGHT = "409 in flight";

    /** How long one message is retried at most, from its first sending. */
    static final Duration RETRY_FOR = Duration.ofSeconds(90);

    /** The longest pause between two sendings of one message, whatever Retry-After asks. */
    static final Duration RETRY_PAUSE_CAP = Duration.ofSeconds(1);

    /**
     * One customer message as the customer meant it, however many times it was sent: its conversation, key and
     * text, how many requests it took, the {@code messageId} of the answer (null: never answered), and how many of
     * its answers were replays ({@code Idempotent-Replayed: true}).
     */
    record Message(UUID conversation, String key, String text, int requests, UUID messageId, int replays) {
        boolean answered() {
            return messageId != null;
        }
    }

    private final String botUrl;
    private final Supplier<String>[] tokens;
    private final Duration maxRun;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1) // see ReplicatedSuite
            .connectTimeout(Duration.ofSeconds(2)).build();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final List<Thread> workers = new ArrayList<>();
    private final Set<UUID> acknowledged = ConcurrentHashMap.newKeySet();
    private final List<Outcome> outcomes = new CopyOnWriteArrayList<>();
    private final List<String> sentTexts = new CopyOnWriteArrayList<>();
    private final List<Message> messages = new CopyOnWriteArrayList<>();
    private final Map<String, String> personalValues;

    /**
     * @param tokens         one token source per worker (a consenting customer each)
     * @param personalValues values each question carries (by kind), so leaks can be looked for; may be empty
     */
    @SafeVarargs
    LoadGenerator(String botUrl, Duration maxRun, Map<String, String> personalValues, Supplier<String>... tokens) {
        this.botUrl = botUrl;
        this.tokens = tokens;
        this.maxRun = maxRun;
        this.personalValues = personalValues;
    }

    LoadGenerator start() {
        Instant end = Instant.now().plus(maxRun);
        for (int i = 0; i < tokens.length; i++) {
            Supplier<String> token = tokens[i];
            Thread worker = new Thread(() -> {
                while (running.get() && Instant.now().isBefore(end)) {
                    oneCustomer(token);
                }
            }, "load-" + i);
            worker.setDaemon(true);
            worker.start();
            workers.add(worker);
        }
        return this;
    }

    private void oneCustomer(Supplier<String> token) {
        JsonNode conversation = call(token.get(), "/v1/conversations", null, null, 201).body();
        if (conversation == null) {
            pause(FAILED_PAUSE); // a conversation not opened is opened anew by the next round
            return;
        }
        String id = conversation.path("conversationId").asText();
        String question = "How do I activate my new card?"
                + (personalValues.isEmpty() ? "" : " Reach me at " + String.join(" or ", personalValues.values()));
        sentTexts.add(question);
        JsonNode answer = say(token, id, question);
        if (answer != null && "ESCALATED".equals(answer.path("kind").asText())) {
            acknowledged.add(UUID.fromString(id)); // handed over already (no consent confirmed, redaction down, ...)
            return;
        }
        JsonNode reply = say(token, id, "I want to talk to a real person");
        if (reply != null && "ESCALATED".equals(reply.path("kind").asText())) {
            acknowledged.add(UUID.fromString(id));
        }
    }

    /**
     * Sends one customer message with a key of its own, and again with the same key while the answer is one a
     * client should retry (see the class comment). Returns the answer, or null when it never came.
     */
    private JsonNode say(Supplier<String> token, String conversation, String text) {
        String key = UUID.randomUUID().toString();
        Instant giveUp = Instant.now().plus(RETRY_FOR);
        int requests = 0;
        int replays = 0;
        JsonNode answer = null;
        while (true) {
            requests++;
            Result result = call(token.get(), "/v1/conversations/" + conversation + "/messages", text, key, 200);
            if (result.body() != null) {
                answer = result.body();
                replays += result.replayed() ? 1 : 0;
                break;
            }
            if (result.retryAfter() == null || !Instant.now().plus(result.retryAfter()).isBefore(giveUp)
                    || Thread.currentThread().isInterrupted()) {
                pause(FAILED_PAUSE);
                break;
            }
            pause(result.retryAfter());
        }
        messages.add(new Message(UUID.fromString(conversation), key, text, requests,
                answer == null ? null : UUID.fromString(answer.path("messageId").asText()), replays));
        return answer;
    }

    /** One request's answer: the body when it was the one expected, else how long to wait before a retry (null: do not retry). */
    private record Result(JsonNode body, boolean replayed, Duration retryAfter) {
    }

    private Result call(String token, String path, String text, String idempotencyKey, int expected) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(botUrl + path))
                .timeout(Duration.ofSeconds(20))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json");
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        Instant sent = Instant.now();
        try {
            request.POST(text == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("text", text))));
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            boolean ok = response.statusCode() == expected;
            String seen = ok ? null : seen(response);
            outcomes.add(new Outcome(sent, ok, response.statusCode(), seen));
            if (ok) {
                return new Result(JSON.readTree(response.body()),
                        "true".equals(response.headers().firstValue("Idempotent-Replayed").orElse(null)), null);
            }
            boolean retryable = RETRYABLE.equals(seen) || IN_FLIGHT.equals(seen);
            return new Result(null, false, retryable ? retryAfter(response) : null);
        } catch (IOException e) {
            outcomes.add(new Outcome(sent, false, 0, "no answer (" + e.getClass().getSimpleName() + ")"));
            // A reset connection or a timeout: the message may or may not have been taken; its key makes a retry safe.
            return new Result(null, false, FAILED_PAUSE);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running.set(false);
            return new Result(null, false, null);
        }
    }

    private static String seen(HttpResponse<String> response) {
        boolean problem = response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json");
        boolean retryAfter = response.headers().firstValue("Retry-After").isPresent();
        if (response.statusCode() == 503 && problem && retryAfter) {
            return RETRYABLE;
        }
        if (response.statusCode() == 409 && problem && retryAfter && response.body().contains("idempotency-key-in-flight")) {
            return IN_FLIGHT;
        }
        return "HTTP " + response.statusCode();
    }

    /** The answer's Retry-After in seconds, at most {@link #RETRY_PAUSE_CAP} (and at least a tenth of a second). */
    private static Duration retryAfter(HttpResponse<String> response) {
        long seconds;
        try {
            seconds = Long.parseLong(response.headers().firstValue("Retry-After").orElse("1").strip());
        } catch (NumberFormatException e) {
            seconds = 1; // an HTTP date: not what the suite sends; wait the cap
        }
        Duration asked = Duration.ofSeconds(Math.max(0, seconds));
        return asked.compareTo(RETRY_PAUSE_CAP) > 0 ? RETRY_PAUSE_CAP : asked.compareTo(FAILED_PAUSE) < 0 ? FAILED_PAUSE : asked;
    }

    /** A refused request fails at once: do not spin on it. */
    private static final Duration FAILED_PAUSE = Duration.ofMillis(100);

    private static void pause(Duration pause) {
        try {
            Thread.sleep(pause.toMillis()); // a client's back-off, not a wait for a condition
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Every customer message sent, as the customer meant it (one per message, however often it was sent). */
    List<Message> messages() {
        return List.copyOf(messages);
    }

    /** The conversations whose hand-off bot-service acknowledged. */
    Set<UUID> acknowledged() {
        return Set.copyOf(acknowledged);
    }

    List<Outcome> outcomes() {
        return List.copyOf(outcomes);
    }

    List<String> sentTexts() {
        return List.copyOf(sentTexts);
    }

    long failuresSince(Instant since) {
        return outcomes.stream().filter(o -> !o.ok() && !o.at().isBefore(since)).count();
    }

    long successesSince(Instant since) {
        return outcomes.stream().filter(o -> o.ok() && !o.at().isBefore(since)).count();
    }

    /** How many requests since then failed, by HTTP status (0: no answer at all). */
    Map<Integer, Long> failureStatuses(Instant since) {
        return outcomes.stream().filter(o -> !o.ok() && !o.at().isBefore(since))
                .collect(java.util.stream.Collectors.groupingBy(Outcome::status, java.util.TreeMap::new, java.util.stream.Collectors.counting()));
    }

    /** How many requests since then failed, by what the customer saw ({@link #RETRYABLE} or anything else). */
    Map<String, Long> failuresSeen(Instant since) {
        return outcomes.stream().filter(o -> !o.ok() && !o.at().isBefore(since))
                .collect(java.util.stream.Collectors.groupingBy(Outcome::seen, java.util.TreeMap::new, java.util.stream.Collectors.counting()));
    }

    /** From {@code since} to the sending of the last request after it that failed (zero when none failed). */
    Duration errorWindow(Instant since) {
        return outcomes.stream().filter(o -> !o.ok() && !o.at().isBefore(since)).map(Outcome::at).max(Instant::compareTo)
                .map(last -> Duration.between(since, last)).orElse(Duration.ZERO);
    }

    /** Waits until a request after {@code since} succeeded; returns when the first one did. */
    Instant firstSuccessAfter(Instant since, Duration limit) {
        return Eventually.until(limit, () -> outcomes.stream().filter(o -> o.ok() && o.at().isAfter(since))
                        .map(Outcome::at).min(Instant::compareTo).orElse(null),
                java.util.Objects::nonNull, "a customer request succeeding again");
    }

    /** Stops the workers and waits for their last message (retried for at most {@link #RETRY_FOR}). */
    @Override
    public void close() {
        running.set(false);
        for (Thread worker : workers) {
            try {
                worker.join(RETRY_FOR.plusSeconds(30).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
