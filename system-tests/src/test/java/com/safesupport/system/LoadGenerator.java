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
                    oneCustomer(token.get());
                }
            }, "load-" + i);
            worker.setDaemon(true);
            worker.start();
            workers.add(worker);
        }
        return this;
    }

    private void oneCustomer(String token) {
        JsonNode conversation = call(token, "/v1/conversations", null, 201);
        if (conversation == null) {
            return;
        }
        String id = conversation.path("conversationId").asText();
        String question = "How do I activate my new card?"
                + (personalValues.isEmpty() ? "" : " Reach me at " + String.join(" or ", personalValues.values()));
        sentTexts.add(question);
        JsonNode answer = call(token, "/v1/conversations/" + id + "/messages", question, 200);
        if (answer != null && "ESCALATED".equals(answer.path("kind").asText())) {
            acknowledged.add(UUID.fromString(id)); // handed over already (no consent confirmed, redaction down, ...)
            return;
        }
        JsonNode reply = call(token, "/v1/conversations/" + id + "/messages", "I want to talk to a real person", 200);
        if (reply != null && "ESCALATED".equals(reply.path("kind").asText())) {
            acknowledged.add(UUID.fromString(id));
        }
    }

    private JsonNode call(String token, String path, String text, int expected) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(botUrl + path))
                .timeout(Duration.ofSeconds(20))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json");
        Instant sent = Instant.now();
        try {
            request.POST(text == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("text", text))));
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            boolean ok = response.statusCode() == expected;
            outcomes.add(new Outcome(sent, ok, response.statusCode(), ok ? null : seen(response)));
            if (!ok) {
                pause();
            }
            return ok ? JSON.readTree(response.body()) : null;
        } catch (IOException e) {
            outcomes.add(new Outcome(sent, false, 0, "no answer (" + e.getClass().getSimpleName() + ")"));
            pause();
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running.set(false);
            return null;
        }
    }

    private static String seen(HttpResponse<String> response) {
        boolean problem = response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json");
        boolean retryAfter = response.headers().firstValue("Retry-After").isPresent();
        return response.statusCode() == 503 && problem && retryAfter ? RETRYABLE : "HTTP " + response.statusCode();
    }

    private static void pause() {
        try {
            Thread.sleep(100); // a refused request fails at once: do not spin on it
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
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

    /** Stops the workers and waits for their last request. */
    @Override
    public void close() {
        running.set(false);
        for (Thread worker : workers) {
            try {
                worker.join(30_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
