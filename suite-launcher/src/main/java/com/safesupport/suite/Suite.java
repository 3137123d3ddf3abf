package com.safesupport.suite;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;

/**
 * {@code ./suite up [-d] [--replicas N] | down | status | token <user-or-client>}: the whole suite on one machine —
 * PostgreSQL, Keycloak with the {@code support} realm and the four services as separate processes (N of each
 * behind a {@link RoundRobinProxy} when {@code --replicas N} asks for more than one), one log file each in
 * {@code .suite/logs/}.
 */
public final class Suite {

    static final Map<String, String> DEMO_USERS = new LinkedHashMap<>();

    static {
        DEMO_USERS.put("alice", "customer");
        DEMO_USERS.put("bob", "customer");
        DEMO_USERS.put("agnes", "agent");
        DEMO_USERS.put("sam", "supervisor");
        DEMO_USERS.put("petra", "privacy-officer");
        DEMO_USERS.put("dana", "customer + agent (a two-role user: reaches only her own subject)");
    }

    /** Demo-only password of every demo user of the local realm. */
    static final String DEMO_PASSWORD = "demo";

    private final Path repo;
    private final Path home;
    private final Processes processes;
    private final LocalPostgres db;
    private final Keycloak keycloak;
    private final String javaBinary;

    Suite(Path repo, Path home) {
        this.repo = repo;
        this.home = home;
        this.processes = new Processes(home);
        this.db = LocalPostgres.fromEnvironment(home);
        this.keycloak = new Keycloak(repo, home, System.getProperty("suite.keycloak.version", "26.7.3"));
        this.javaBinary = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    public static void main(String[] args) {
        Path repo = Path.of(System.getProperty("suite.repo", ".")).toAbsolutePath().normalize();
        String homeSetting = System.getenv("SUITE_HOME");
        Path home = (homeSetting == null || homeSetting.isBlank() ? repo.resolve(".suite") : Path.of(homeSetting))
                .toAbsolutePath().normalize();
        String command = args.length == 0 ? "help" : args[0];
        try {
            Suite suite = new Suite(repo, home);
            switch (command) {
                case "up" -> {
                    UpOptions options = UpOptions.parse(args);
                    suite.up(options.detach(), options.replicas(), options.nativeExecutables());
                }
                case "down" -> suite.down();
                case "status" -> System.exit(suite.status() ? 0 : 3);
                case "token" -> {
                    if (args.length < 2) {
                        throw new SuiteException("usage: ./suite token <user-or-client>  (users: "
                                + String.join(", ", DEMO_USERS.keySet()) + "; clients: "
                                + String.join(", ", Services.ALL.stream().map(Services.Service::clientId).toList()) + ")");
                    }
                    System.out.println(suite.token(args[1]));
                }
                default -> {
                    System.out.println("""
                            usage: ./suite up [-d] [--replicas N] [--native]
                                                  start PostgreSQL, Keycloak and the four services (-d: return once ready;
                                                  --replicas N: N instances of each service behind a round-robin proxy
                                                  on the usual ports, default 1 or what already runs; --native: each
                                                  service's native executable where ./suite native built one)
                                   ./suite down           stop everything the suite started
                                   ./suite status         each component, its port, pid and health
                                   ./suite token <name>   a fresh access token for a demo user or a service client
                                   ./suite test           run the whole test suite (same as CI)""");
                    if (!"help".equals(command) && !"-h".equals(command) && !"--help".equals(command)) {
                        System.exit(2);
                    }
                }
            }
        } catch (SuiteException e) {
            System.err.println("suite: " + e.getMessage());
            System.exit(1);
        }
    }

    // ---- up ------------------------------------------------------------------------------------------------

    /**
     * What {@code up} was asked: detach or not, how many replicas (null: what runs already, else 1), and whether to run
     * the native executables ({@code <service>/target/*-runner}) instead of the JVM builds where they exist.
     */
    record UpOptions(boolean detach, Integer replicas, boolean nativeExecutables) {
        static UpOptions parse(String[] args) {
            boolean detach = false;
            boolean nativeExecutables = false;
            Integer replicas = null;
            for (int i = 1; i < args.length; i++) {
                switch (args[i]) {
                    case "-d", "--detach" -> detach = true;
                    case "--native" -> nativeExecutables = true;
                    case "--replicas" -> {
                        if (i + 1 >= args.length) {
                            throw new SuiteException("--replicas needs a number, e.g. --replicas 2");
                        }
                        replicas = replicaCount(args[++i]);
                    }
                    default -> {
                        if (args[i].startsWith("--replicas=")) {
                            replicas = replicaCount(args[i].substring("--replicas=".length()));
                        } else {
                            throw new SuiteException("unknown option '" + args[i] + "' for up; see ./suite help");
                        }
                    }
                }
            }
            return new UpOptions(detach, replicas, nativeExecutables);
        }

        private static int replicaCount(String value) {
            try {
                int n = Integer.parseInt(value.trim());
                if (n >= 1 && n <= Services.MAX_REPLICAS) {
                    return n;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new SuiteException("--replicas takes a number from 1 to " + Services.MAX_REPLICAS + ", not '" + value + "'");
        }
    }

    void up(boolean detach, Integer replicasAsked, boolean nativeExecutables) {
        int replicas = replicasFor(replicasAsked);
        Instant begin = Instant.now();
        List<String> startedNow = new ArrayList<>();
        Thread stopOnExit = new Thread(() -> stopAll(startedNow, true), "suite-shutdown");
        Runtime.getRuntime().addShutdownHook(stopOnExit);
        try {
            if (db.embedded()) {
                startAndWait(List.of(db.prepare()), startedNow, begin);
            } else if (!db.answers()) {
                throw new SuiteException("no PostgreSQL answers at " + db.jdbcUrl("postgres") + " (SUITE_DB_URL)");
            }
            db.createDatabases(Services.ALL.stream().map(Services.Service::database).toList());
            List<Component> rest = new ArrayList<>();
            rest.add(keycloak.prepare(System.getProperty("java.home")));
            for (Services.Service service : Services.ALL) {
                for (Services.Replica replica : service.replicas(replicas)) {
                    rest.add(Services.component(replica, repo, home, javaBinary, db, nativeExecutables));
                }
            }
            if (replicas > 1) {
                rest.add(proxy(replicas));
            }
            processes.recordReplicas(replicas);
            startAndWait(rest, startedNow, begin);
        } catch (SuiteException e) {
            Runtime.getRuntime().removeShutdownHook(stopOnExit);
            stopAll(startedNow, false);
            throw e;
        }
        System.out.printf("%nThe suite is up (%d s)%s.%n", Duration.between(begin, Instant.now()).toSeconds(),
                replicas > 1 ? ", " + replicas + " replicas of each service behind the proxy" : "");
        printWelcome(replicas);
        if (detach) {
            Runtime.getRuntime().removeShutdownHook(stopOnExit);
            System.out.println("Running in the background: ./suite status, ./suite down. Logs: " + home.resolve("logs"));
            return;
        }
        System.out.println("Press Ctrl-C to stop " + (startedNow.isEmpty() ? "(nothing was started by this run)"
                : "what this run started: " + String.join(", ", startedNow)) + ". Logs: " + home.resolve("logs"));
        for (String name : startedNow) {
            processes.running(name).ifPresent(p -> p.onExit().thenRun(() -> System.err.println(
                    "suite: " + name + " stopped unexpectedly; see " + processes.log(name))));
        }
        try {
            new CountDownLatch(1).await(); // until Ctrl-C; the shutdown hook stops what we started
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void startAndWait(List<Component> components, List<String> startedNow, Instant begin) {
        Map<Component, Instant> waiting = new LinkedHashMap<>();
        for (Component c : components) {
            Optional<ProcessHandle> existing = processes.running(c.name());
            if (existing.isPresent()) {
                System.out.printf("  %-19s already running (pid %d), reused%n", c.name(), existing.get().pid());
            } else if (portInUse(c.port())) {
                throw new SuiteException("port " + c.port() + " (" + c.name() + ") is used by another program; stop it first");
            } else {
                ProcessHandle p = processes.start(c);
                startedNow.add(c.name());
                System.out.printf("  %-19s starting (pid %d), log %s%n", c.name(), p.pid(), processes.log(c.name()));
            }
            waiting.put(c, Instant.now());
        }
        while (!waiting.isEmpty()) {
            for (var it = waiting.entrySet().iterator(); it.hasNext(); ) {
                var entry = it.next();
                Component c = entry.getKey();
                if (c.isReady()) {
                    System.out.printf("  %-19s ready on port %d after %.1f s%n", c.name(), c.port(),
                            Duration.between(entry.getValue(), Instant.now()).toMillis() / 1000.0);
                    it.remove();
                } else if (processes.running(c.name()).isEmpty()) {
                    processes.forget(c.name());
                    throw new SuiteException(c.name() + " exited while starting; last lines of its log:\n" + tail(c.name()));
                } else if (Duration.between(entry.getValue(), Instant.now()).toSeconds() > c.startLimitSeconds()) {
                    throw new SuiteException(c.name() + " was not ready after " + c.startLimitSeconds()
                            + " s; last lines of its log:\n" + tail(c.name()));
                }
            }
            pause(Duration.ofMillis(250)); // polling a process that gives no readiness signal of its own
        }
    }

    private String tail(String name) {
        try {
            List<String> lines = Files.readAllLines(processes.log(name));
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 25), lines.size()));
        } catch (IOException e) {
            return "(no log)";
        }
    }

    private void printWelcome(int replicas) {
        System.out.println();
        System.out.println("  Keycloak           http://localhost:" + Keycloak.PORT + "  (realm " + Keycloak.REALM
                + ", admin console user admin/admin — demo only)");
        for (Services.Service s : Services.ALL) {
            if (replicas <= 1) {
                System.out.printf("  %-18s http://localhost:%d  (OpenAPI /openapi; health and metrics on http://localhost:%d/q/health, /q/metrics)%n",
                        s.name(), s.port(), s.managementPort());
            } else {
                System.out.printf("  %-18s http://localhost:%d  (round-robin over %s; health and metrics on each replica's management port: %s)%n",
                        s.name(), s.port(), s.replicas(replicas).stream().map(r -> Integer.toString(r.port())).toList(),
                        s.replicas(replicas).stream().map(r -> Integer.toString(r.managementPort())).toList());
            }
        }
        System.out.println("  PostgreSQL         " + db.jdbcUrl("<service>") + "  (user " + db.user() + ")");
        System.out.println();
        System.out.println("  Demo users (password \"" + DEMO_PASSWORD + "\", demo only):");
        DEMO_USERS.forEach((user, role) -> System.out.printf("    %-6s %s%n", user, role));
        System.out.println();
        System.out.println("  Try it:");
        System.out.println("    TOKEN=$(curl -s -d client_id=support-web -d grant_type=password -d username=alice -d password="
                + DEMO_PASSWORD + " " + Keycloak.TOKEN_URL + " | sed 's/.*\"access_token\":\"\\([^\"]*\\)\".*/\\1/')");
        System.out.println("    curl -s -H \"Authorization: Bearer $TOKEN\" http://localhost:8081/v1/whoami");
        System.out.println("  or: curl -s -H \"Authorization: Bearer $(./suite token petra)\" http://localhost:8081/v1/connectivity");
        System.out.println();
    }

    // ---- down / status -------------------------------------------------------------------------------------

    void down() {
        List<String> all = componentNames();
        boolean any = all.stream().anyMatch(n -> processes.running(n).isPresent());
        stopAll(all, false);
        System.out.println(any ? "The suite is stopped." : "Nothing was running.");
    }

    /** Stops in reverse order of start: services and the proxy, then Keycloak, then PostgreSQL (fast shutdown). */
    private void stopAll(List<String> names, boolean quiet) {
        List<String> order = new ArrayList<>(componentNames());
        java.util.Collections.reverse(order);
        List<Thread> services = new ArrayList<>();
        for (String name : order) {
            if (!names.contains(name) || processes.running(name).isEmpty()) {
                continue;
            }
            if (!quiet) {
                System.out.println("  stopping " + name);
            }
            Runnable stop = () -> processes.stop(name, "postgres".equals(name) ? "INT" : "TERM", Duration.ofSeconds(30));
            if (!"postgres".equals(name) && !"keycloak".equals(name)) {
                Thread t = new Thread(stop);
                t.start();
                services.add(t);
            } else {
                services.forEach(Suite::join);
                services.clear();
                stop.run();
            }
        }
        services.forEach(Suite::join);
    }

    boolean status() {
        boolean allUp = true;
        System.out.printf("%-19s %-6s %-8s %s%n", "COMPONENT", "PORT", "PID", "HEALTH");
        List<Row> rows = new ArrayList<>();
        rows.add(new Row("postgres", db.port(), db::answers));
        rows.add(new Row("keycloak", Keycloak.PORT, () -> Http.ok(Keycloak.ISSUER + "/.well-known/openid-configuration")));
        int replicas = replicasFor(null);
        if (replicas > 1) {
            rows.add(new Row(PROXY, Services.ALL.get(0).port(), () -> Services.ALL.stream().allMatch(s -> portInUse(s.port()))));
        }
        for (Services.Service s : Services.ALL) {
            for (Services.Replica r : s.replicas(replicas)) {
                rows.add(new Row(r.name(), r.port(), () -> Http.ok(r.readyUrl())));
            }
        }
        for (Row row : rows) {
            Optional<ProcessHandle> p = processes.running(row.name());
            boolean external = "postgres".equals(row.name()) && !db.embedded();
            String health = row.check().ready() ? "UP" : (p.isPresent() ? "DOWN" : "STOPPED");
            allUp &= "UP".equals(health);
            System.out.printf("%-19s %-6s %-8s %s%n", row.name(),
                    PROXY.equals(row.name()) ? Services.ALL.get(0).port() + "-" + Services.ALL.get(Services.ALL.size() - 1).port()
                            : Integer.toString(row.port()),
                    external ? "external" : p.map(h -> Long.toString(h.pid())).orElse("-"), health);
        }
        return allUp;
    }

    private record Row(String name, int port, Component.ReadyCheck check) {
    }

    // ---- token ---------------------------------------------------------------------------------------------

    String token(String name) {
        if (DEMO_USERS.containsKey(name)) {
            return Http.token(Keycloak.TOKEN_URL, Map.of("grant_type", "password", "client_id", "support-web",
                    "username", name, "password", DEMO_PASSWORD, "scope", "openid"));
        }
        if (Services.ALL.stream().anyMatch(s -> s.clientId().equals(name))) {
            return Http.token(Keycloak.TOKEN_URL, Map.of("grant_type", "client_credentials", "client_id", name,
                    "client_secret", name + "-secret"));
        }
        throw new SuiteException("unknown user or client '" + name + "'; users: " + String.join(", ", DEMO_USERS.keySet())
                + "; clients: " + String.join(", ", Services.ALL.stream().map(Services.Service::clientId).toList()));
    }

    // ---- helpers -------------------------------------------------------------------------------------------

    static final String PROXY = "proxy";

    /** Every component that may run, in start order: what is recorded as running counts too, whatever its replicas. */
    private List<String> componentNames() {
        List<String> names = new ArrayList<>(List.of("postgres", "keycloak"));
        Services.ALL.forEach(s -> s.replicas(1).forEach(r -> names.add(r.name())));
        Services.ALL.forEach(s -> s.replicas(Services.MAX_REPLICAS).forEach(r -> names.add(r.name())));
        names.add(PROXY);
        return names;
    }

    /** The replica count asked for, or the one recorded by the run that started what still runs, or 1. */
    private int replicasFor(Integer asked) {
        int recorded = processes.recordedReplicas();
        boolean anyRunning = componentNames().stream()
                .filter(n -> !"postgres".equals(n) && !"keycloak".equals(n))
                .anyMatch(n -> processes.running(n).isPresent());
        if (asked == null) {
            return anyRunning ? recorded : 1;
        }
        if (anyRunning && asked != recorded) {
            throw new SuiteException("the suite runs with " + recorded + " replica(s) of each service; ./suite down first to run "
                    + asked);
        }
        return asked;
    }

    /** The round-robin proxy on the services' usual ports, in front of their replicas. */
    private Component proxy(int replicas) {
        List<String> command = new ArrayList<>(List.of(javaBinary, "-XX:+UseSerialGC", "-Xmx64m"));
        command.addAll(Services.extraJvmOptions());
        command.addAll(List.of("-cp", repo.resolve("suite-launcher/target/classes") + ":" + repo.resolve("suite-launcher/target/lib") + "/*",
                RoundRobinProxy.class.getName()));
        for (Services.Service s : Services.ALL) {
            command.add(s.port() + "=" + String.join(",", s.replicas(replicas).stream()
                    .map(r -> r.port() + "/" + r.managementPort()).toList()));
        }
        return new Component(PROXY, Services.ALL.get(0).port(), null, command, home.resolve("work/proxy"), Map.of(), 60,
                () -> Services.ALL.stream().allMatch(s -> portInUse(s.port())));
    }

    private static boolean portInUse(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 300);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static void pause(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SuiteException("interrupted");
        }
    }

    private static void join(Thread t) {
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
