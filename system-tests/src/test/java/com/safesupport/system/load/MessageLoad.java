package com.safesupport.system.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Collectors;

/**
 * A load generator for the running suite ({@code ./suite up -d}), run as its own process: customers with consent
 * given open conversations and send a realistic mix of messages to bot-service over real HTTP with Keycloak tokens.
 * It prints throughput, latency percentiles and the CPU time each component of the suite spent per message
 * (read from {@code /proc/<pid>/stat} of every process the launcher recorded, before and after).
 *
 * <pre>
 *   closed loop: --connections 8 --duration 60      (as many messages as 8 connections can send)
 *   open loop:   --rate 50 --duration 60            (50 messages/s on schedule; latency counts from the scheduled
 *                                                    send time, so a slow reply never hides the queue behind it)
 * </pre>
 *
 * Other options: {@code --warmup 15} seconds not measured, {@code --users alice,bob} (demo customers, password
 * {@code demo}), {@code --messages-per-conversation 6}, {@code --home .suite} (the suite's state directory),
 * {@code --seed 1}. The messages are written for this benchmark (no evaluation data).
 */
public final class MessageLoad {

    static final ObjectMapper JSON = new ObjectMapper();

    // The mix: everyday questions, questions carrying personal data (redaction does real work), requests for a
    // human (a hand-off to escalation-service, then a new conversation), and a few others.
    static final List<String> QUESTIONS = List.of(
            "How do I activate my new card?",
            "My card still has not arrived, what should I do?",
            "How long does a bank transfer take to arrive?",
            "Why was I charged a fee for taking out cash?",
            "Can I add my card to Apple Pay?",
            "How do I change my PIN?",
            "What exchange rate do you use when I pay abroad?",
            "I think there is a payment on my statement that I did not make",
            "How can I top up my account by bank transfer?",
            "My top up failed, why?",
            "How do I close my account?",
            "Is there a limit on how much I can withdraw from an ATM?",
            "How do I get a virtual card?",
            "Why is my transfer still pending?",
            "How do I verify my identity?",
            "Can I get a refund for a card payment?",
            "What should I do if my card was swallowed by the cash machine?",
            "How do I change the currency of my account?");
    static final List<String> WITH_PERSONAL_DATA = List.of(
            "Hi, I am Laura Bennett, laura.bennett@example.org. My card was declined at a shop today, why?",
            "Please send the statement to my email peter.vogel@example.net, how long does a transfer take?",
            "I sent money to DE89 3704 0044 0532 0130 00 yesterday and it has not arrived",
            "My card number is 4111 1111 1111 1111 and it was charged twice",
            "You can call me on +44 20 7946 0958, my top up did not work",
            "This is Marco Rossi, I need to change my PIN");
    static final List<String> HUMAN = List.of(
            "I want to talk to a person please",
            "Can I speak to a human agent?",
            "agent");
    static final List<String> OTHER = List.of(
            "why?",
            "What is the weather like in Lisbon tomorrow?");

    record Options(int connections, double rate, int durationSeconds, int warmupSeconds, List<String> users,
                   int messagesPerConversation, Path home, long seed, String keycloak, String consent, String bot) {

        static Options parse(String[] args) {
            Map<String, String> a = new LinkedHashMap<>();
            for (int i = 0; i + 1 < args.length; i += 2) {
                if (!args[i].startsWith("--")) {
                    throw new IllegalArgumentException("expected --option value, got " + args[i]);
                }
                a.put(args[i].substring(2), args[i + 1]);
            }
            return new Options(Integer.parseInt(a.getOrDefault("connections", "8")),
                    Double.parseDouble(a.getOrDefault("rate", "0")),
                    Integer.parseInt(a.getOrDefault("duration", "60")),
                    Integer.parseInt(a.getOrDefault("warmup", "15")),
                    List.of(a.getOrDefault("users", "alice,bob").split(",")),
                    Integer.parseInt(a.getOrDefault("messages-per-conversation", "6")),
                    Path.of(a.getOrDefault("home", System.getenv().getOrDefault("SUITE_HOME", ".suite"))),
                    Long.parseLong(a.getOrDefault("seed", "1")),
                    a.getOrDefault("keycloak", "http://localhost:8180/realms/support"),
                    a.getOrDefault("consent", "http://localhost:8081"),
                    a.getOrDefault("bot", "http://localhost:8083"));
        }
    }

    final Options options;
    final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    final Map<String, Customer> customers = new LinkedHashMap<>();
    volatile boolean measuring;
    volatile long measuredFrom = Long.MAX_VALUE;
    final Recorder recorder = new Recorder();

    MessageLoad(Options options) {
        this.options = options;
    }

    public static void main(String[] args) throws Exception {
        MessageLoad load = new MessageLoad(Options.parse(args));
        load.prepare();
        load.run();
    }

    /** Tokens for every customer, consent to AI assistance given. */
    void prepare() throws IOException, InterruptedException {
        for (String user : options.users()) {
            Customer c = new Customer(user);
            c.token();
            giveConsent(c);
            customers.put(user, c);
        }
    }

    void run() throws Exception {
        int workers = options.rate() > 0 ? Math.max(options.connections(), 64) : options.connections();
        BlockingQueue<Long> schedule = new ArrayBlockingQueue<>(1_000_000);
        long start = System.nanoTime();
        long warmupEnd = start + TimeUnit.SECONDS.toNanos(options.warmupSeconds());
        long end = warmupEnd + TimeUnit.SECONDS.toNanos(options.durationSeconds());
        List<Thread> threads = new ArrayList<>();
        CountDownLatch done = new CountDownLatch(workers);
        List<Customer> all = new ArrayList<>(customers.values());
        for (int i = 0; i < workers; i++) {
            Session session = new Session(all.get(i % all.size()), new Random(options.seed() * 1000 + i));
            Thread t = Thread.ofPlatform().name("load-" + i).daemon(true).start(() -> {
                try {
                    while (true) {
                        long intended;
                        if (options.rate() > 0) {
                            Long next = schedule.poll(200, TimeUnit.MILLISECONDS);
                            if (next == null) {
                                if (System.nanoTime() > end) {
                                    return;
                                }
                                continue;
                            }
                            intended = next;
                        } else {
                            intended = System.nanoTime();
                        }
                        // Past the end the backlog of a saturated open loop is dropped: it is no longer measured.
                        if (intended > end || System.nanoTime() > end) {
                            return;
                        }
                        session.send(options.rate() > 0 ? intended : -1);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    done.countDown();
                }
            });
            threads.add(t);
        }
        Thread ticker = null;
        if (options.rate() > 0) {
            long interval = (long) (1e9 / options.rate());
            ticker = Thread.ofPlatform().name("schedule").start(() -> {
                for (long at = start; at <= end; at += interval) {
                    long wait = at - System.nanoTime();
                    if (wait > 0) {
                        java.util.concurrent.locks.LockSupport.parkNanos(wait);
                    }
                    schedule.offer(at);
                }
            });
        }
        // Warm-up: nothing recorded, then CPU counters and the clock start together.
        sleepUntil(warmupEnd);
        Map<String, Long> cpuBefore = Cpu.ticksPerComponent(options.home());
        String loadBefore = loadAverage();
        measuredFrom = System.nanoTime();
        measuring = true;
        sleepUntil(end);
        measuring = false;
        long measuredTo = System.nanoTime();
        Map<String, Long> cpuAfter = Cpu.ticksPerComponent(options.home());
        String loadAfter = loadAverage();
        if (ticker != null) {
            ticker.join();
        }
        done.await(60, TimeUnit.SECONDS);
        report((measuredTo - measuredFrom) / 1e9, cpuBefore, cpuAfter, loadBefore, loadAfter);
    }

    void report(double seconds, Map<String, Long> cpuBefore, Map<String, Long> cpuAfter, String loadBefore, String loadAfter) {
        Recorder r = recorder;
        long messages = r.latenciesMicros.size();
        System.out.printf("%nmode: %s, %d s measured after %d s warm-up, customers %s, %d messages per conversation%n",
                options.rate() > 0 ? "open loop at " + options.rate() + " msg/s" : "closed loop, " + options.connections() + " connections",
                options.durationSeconds(), options.warmupSeconds(), options.users(), options.messagesPerConversation());
        System.out.printf("load average before: %s, after: %s (%d cores)%n", loadBefore, loadAfter,
                Runtime.getRuntime().availableProcessors());
        System.out.printf("messages: %d (%s), conversations opened: %d, errors: %d%n", messages,
                new TreeMap<>(r.statuses).entrySet().stream().map(e -> e.getKey() + ": " + e.getValue().sum())
                        .collect(Collectors.joining(", ")), r.conversations.sum(), r.errors.sum());
        System.out.printf("kinds: %s%n", new TreeMap<>(r.kinds).entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue().sum()).collect(Collectors.joining(", ")));
        System.out.printf("throughput: %.1f messages/s%n", messages / seconds);
        long[] sorted = r.latenciesMicros.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf("latency ms: p50 %.1f, p90 %.1f, p99 %.1f, max %.1f%n", pct(sorted, 0.50), pct(sorted, 0.90),
                pct(sorted, 0.99), sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1000.0);
        double tick = Cpu.clockTick();
        System.out.println("CPU per message (ms), from /proc/<pid>/stat of each component and its child processes:");
        double total = 0;
        for (String component : cpuAfter.keySet()) {
            Long before = cpuBefore.get(component);
            if (before == null) {
                continue;
            }
            double ms = (cpuAfter.get(component) - before) * 1000.0 / tick / Math.max(1, messages);
            total += ms;
            System.out.printf("  %-19s %7.2f%n", component, ms);
        }
        System.out.printf("  %-19s %7.2f%n", "all components", total);
    }

    static double pct(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1000.0;
    }

    static void sleepUntil(long nanoTime) throws InterruptedException {
        long wait;
        while ((wait = nanoTime - System.nanoTime()) > 0) {
            TimeUnit.NANOSECONDS.sleep(Math.min(wait, 100_000_000));
        }
    }

    static String loadAverage() {
        try {
            return String.join(" ", Arrays.copyOf(Files.readString(Path.of("/proc/loadavg")).trim().split(" "), 3));
        } catch (IOException e) {
            return "unknown";
        }
    }

    /** What was measured; only while {@link #measuring}. */
    final class Recorder {
        final List<Long> latenciesMicros = java.util.Collections.synchronizedList(new ArrayList<>());
        final Map<String, LongAdder> statuses = new ConcurrentHashMap<>();
        final Map<String, LongAdder> kinds = new ConcurrentHashMap<>();
        final LongAdder conversations = new LongAdder();
        final LongAdder errors = new LongAdder();

        void message(long intendedNanos, int status, String kind) {
            // Only messages scheduled after the warm-up and answered before the end count.
            if (!measuring || intendedNanos < measuredFrom) {
                return;
            }
            latenciesMicros.add((System.nanoTime() - intendedNanos) / 1000);
            statuses.computeIfAbsent(Integer.toString(status), k -> new LongAdder()).increment();
            if (kind != null) {
                kinds.computeIfAbsent(kind, k -> new LongAdder()).increment();
            }
        }
    }

    /** One simulated customer's chat window: a conversation, used for a few messages, replaced after a hand-off. */
    final class Session {
        final Customer customer;
        final Random random;
        String conversationId;
        int sent;

        Session(Customer customer, Random random) {
            this.customer = customer;
            this.random = random;
        }

        /** One message; {@code scheduled} is the open loop's planned send time, -1 in the closed loop. */
        void send(long scheduled) throws InterruptedException {
            try {
                if (conversationId == null || sent >= options.messagesPerConversation()) {
                    conversationId = open();
                    sent = 0;
                    if (measuring) {
                        recorder.conversations.increment();
                    }
                }
                String text = nextText();
                long intended = scheduled >= 0 ? scheduled : System.nanoTime();
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                                URI.create(options.bot() + "/v1/conversations/" + conversationId + "/messages"))
                        .header("Authorization", "Bearer " + customer.token())
                        .header("Content-Type", "application/json")
                        .timeout(Duration.ofSeconds(30))
                        .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("text", text)))).build(),
                        HttpResponse.BodyHandlers.ofString());
                sent++;
                String kind = null;
                if (response.statusCode() == 200) {
                    kind = JSON.readTree(response.body()).path("kind").asText();
                    if ("ESCALATED".equals(kind)) {
                        conversationId = null;
                    }
                } else {
                    conversationId = null;
                }
                recorder.message(intended, response.statusCode(), kind);
            } catch (IOException e) {
                if (measuring) {
                    recorder.errors.increment();
                }
                conversationId = null;
            }
        }

        String nextText() {
            int roll = random.nextInt(100);
            List<String> from = roll < 65 ? QUESTIONS : roll < 85 ? WITH_PERSONAL_DATA : roll < 95 ? HUMAN : OTHER;
            return from.get(random.nextInt(from.size()));
        }

        String open() throws IOException, InterruptedException {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(options.bot() + "/v1/conversations"))
                    .header("Authorization", "Bearer " + customer.token())
                    .header("Content-Type", "application/json")
                    .timeout(Duration.ofSeconds(30))
                    .POST(HttpRequest.BodyPublishers.ofString("{\"locale\":\"en\",\"channel\":\"web\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 201) {
                throw new IOException("opening a conversation answered " + response.statusCode());
            }
            return JSON.readTree(response.body()).path("conversationId").asText();
        }
    }

    /** A demo customer and their access token, renewed a minute before it expires. */
    final class Customer {
        final String user;
        String token;
        String subject;
        long expiresAtNanos;

        Customer(String user) {
            this.user = user;
        }

        synchronized String token() throws IOException, InterruptedException {
            if (token == null || System.nanoTime() > expiresAtNanos - TimeUnit.SECONDS.toNanos(60)) {
                String form = "grant_type=password&client_id=support-web&username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
                        + "&password=demo";
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                                URI.create(options.keycloak() + "/protocol/openid-connect/token"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() != 200) {
                    throw new IOException("no token for " + user + ": HTTP " + response.statusCode());
                }
                JsonNode body = JSON.readTree(response.body());
                token = body.path("access_token").asText();
                expiresAtNanos = System.nanoTime() + TimeUnit.SECONDS.toNanos(body.path("expires_in").asLong(300));
                String payload = new String(java.util.Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
                subject = JSON.readTree(payload).path("sub").asText();
            }
            return token;
        }
    }

    void giveConsent(Customer c) throws IOException, InterruptedException {
        HttpResponse<String> purpose = http.send(HttpRequest.newBuilder(URI.create(options.consent() + "/v1/purposes/ai-assistance"))
                .header("Authorization", "Bearer " + c.token()).GET().build(), HttpResponse.BodyHandlers.ofString());
        int version = JSON.readTree(purpose.body()).path("purpose").path("noticeVersion").asInt();
        HttpResponse<String> given = http.send(HttpRequest.newBuilder(
                        URI.create(options.consent() + "/v1/subjects/" + c.subject + "/consents/ai-assistance"))
                .header("Authorization", "Bearer " + c.token())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"state\":\"GIVEN\",\"noticeVersion\":" + version + ",\"channel\":\"web\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        if (given.statusCode() / 100 != 2) {
            throw new IOException("consent for " + c.user + " answered " + given.statusCode());
        }
    }

    /** CPU time of the suite's components, from the pid files {@code ./suite} writes and {@code /proc}. */
    static final class Cpu {

        static Map<String, Long> ticksPerComponent(Path home) {
            Map<String, Long> ticks = new LinkedHashMap<>();
            Path run = home.resolve("run");
            for (String name : List.of("bot-service", "redaction-service", "consent-service", "escalation-service", "postgres", "keycloak")) {
                Path pidFile = run.resolve(name + ".pid");
                if (!Files.isRegularFile(pidFile)) {
                    continue;
                }
                try {
                    long pid = Long.parseLong(Files.readString(pidFile).trim().split(" ")[0]);
                    ProcessHandle root = ProcessHandle.of(pid).orElse(null);
                    if (root == null) {
                        continue;
                    }
                    // Live processes only, each with the CPU of its children already reaped: nothing counted twice.
                    long sum = ticks(pid);
                    for (ProcessHandle d : root.descendants().toList()) {
                        sum += ticks(d.pid());
                    }
                    ticks.put(name, sum);
                } catch (IOException | NumberFormatException e) {
                    // a component that is not running is left out of the table
                }
            }
            return ticks;
        }

        /** utime + stime + cutime + cstime of one process, in clock ticks. */
        static long ticks(long pid) {
            try {
                String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
                // The command name may contain spaces: fields are counted after its closing parenthesis.
                String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                return Long.parseLong(f[11]) + Long.parseLong(f[12]) + Long.parseLong(f[13]) + Long.parseLong(f[14]);
            } catch (IOException | RuntimeException e) {
                return 0;
            }
        }

        static double clockTick() {
            try {
                Process p = new ProcessBuilder("getconf", "CLK_TCK").redirectErrorStream(true).start();
                String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
                p.waitFor(5, TimeUnit.SECONDS);
                return Double.parseDouble(out);
            } catch (IOException | RuntimeException e) {
                return 100;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return 100;
            }
        }
    }
}
