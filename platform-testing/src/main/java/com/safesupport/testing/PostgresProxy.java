package com.safesupport.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP proxy of its own port in front of a service's test database ({@link PostgresTestDatabase}'s server), so that a
 * test can take the database away and give it back while the service runs: {@link #refuse()} resets every open
 * connection and stops listening (a new connection is refused, as with PostgreSQL
 * stopped); {@link #restore()} listens again on the same port. {@link #stall()} is the other way a database goes: it
 * stops answering without refusing (a hung primary, a dropped route, a disk so full that commits wait) — the proxy keeps
 * accepting connections and keeps the open ones open, but forwards no byte either way until {@link #resume()}; bytes
 * read while stalled are held (one buffer per direction and connection, the rest waits in the kernel's socket buffers)
 * and delivered in order on resume, as TCP delivers what a restored route carried. A test profile points the datasource
 * at {@link #jdbcUrl()} ({@link DatabaseOutage.Profile}).
 */
public final class PostgresProxy implements AutoCloseable {

    /** One proxy per test database and JVM: a test profile starts it, the test finds it again by its URL. */
    private static final Map<String, PostgresProxy> BY_DATABASE = new ConcurrentHashMap<>();

    private final String database;
    private final String targetHost;
    private final int targetPort;
    private final int port;
    private final List<Socket> open = new ArrayList<>();
    private ServerSocket listener;
    private Thread acceptor;
    /** Guarded by this: while true no pump writes (see {@link #stall()}). */
    private boolean stalled;

    private PostgresProxy(String database, String targetHost, int targetPort, int port) {
        this.database = database;
        this.targetHost = targetHost;
        this.targetPort = targetPort;
        this.port = port;
    }

    /** A proxy on a free port in front of the test database {@code database} (+ {@code TEST_PG_DB_SUFFIX}), listening. */
    private static PostgresProxy start(String database) {
        String suffix = System.getenv("TEST_PG_DB_SUFFIX");
        String name = database + (suffix == null ? "" : suffix);
        PostgresTestDatabase.createIfMissing(name);
        URI target = URI.create(PostgresTestDatabase.jdbcUrl(name).substring("jdbc:".length()));
        int port;
        try (ServerSocket probe = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        PostgresProxy proxy = new PostgresProxy(name, target.getHost(), target.getPort(), port);
        proxy.restore();
        return proxy;
    }

    /** This JVM's proxy in front of the test database {@code database} (+ {@code TEST_PG_DB_SUFFIX}), started on first use. */
    public static PostgresProxy of(String database) {
        return BY_DATABASE.computeIfAbsent(database, PostgresProxy::start);
    }

    /** The proxy of {@link #of(String)} whose {@link #jdbcUrl()} this is, if any. */
    public static Optional<PostgresProxy> at(String jdbcUrl) {
        return BY_DATABASE.values().stream().filter(proxy -> proxy.jdbcUrl().equals(jdbcUrl)).findFirst();
    }

    /** The datasource URL through this proxy. */
    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    /**
     * The database stops answering without refusing: connections are still accepted (and connected through to the
     * database) and the open ones stay open, but nothing is forwarded in either direction until {@link #resume()}.
     */
    public synchronized void stall() {
        stalled = true;
    }

    /** Bytes flow again, the held ones first. Idempotent. */
    public synchronized void resume() {
        stalled = false;
        notifyAll();
    }

    /** Whether the proxy is stalled. */
    public synchronized boolean stalled() {
        return stalled;
    }

    private synchronized void awaitFlowing() throws InterruptedException {
        while (stalled) {
            wait();
        }
    }

    /** The database goes away: open connections are reset, new ones refused; a stall ends with them. */
    public void refuse() {
        Thread stopping;
        synchronized (this) {
            stalled = false;
            notifyAll(); // a pump held by a stall writes to its closed socket and ends
            stopping = acceptor;
            if (listener != null) {
                close(listener);
                listener = null;
                acceptor = null;
            }
            for (Socket socket : open) {
                try {
                    socket.setSoLinger(true, 0); // a reset, not an orderly close
                } catch (IOException ignored) {
                    // already closed
                }
                close(socket);
            }
            open.clear();
        }
        if (stopping != null) {
            try {
                // The port is free only once the thread blocked in accept() has left it (outside the lock: it may be
                // waiting for the lock to register a connection it has just accepted, which it then closes).
                if (!stopping.join(java.time.Duration.ofSeconds(10))) {
                    throw new IllegalStateException("the proxy's listener did not stop within 10 s");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** The database is back on the same port. Idempotent. */
    public synchronized void restore() {
        if (listener != null) {
            return;
        }
        try {
            ServerSocket socket = new ServerSocket();
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 50);
            listener = socket;
            acceptor = Thread.ofPlatform().daemon().name("postgres-proxy-accept").start(() -> accept(socket));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen again on port " + port, e);
        }
    }

    /** Whether the proxy is listening. */
    public synchronized boolean up() {
        return listener != null;
    }

    private void accept(ServerSocket socket) {
        while (!socket.isClosed()) {
            Socket client;
            try {
                client = socket.accept();
            } catch (IOException closed) {
                return;
            }
            Socket server;
            try {
                server = new Socket(targetHost, targetPort);
            } catch (IOException e) {
                close(client);
                continue;
            }
            synchronized (this) {
                if (listener != socket) {
                    close(client);
                    close(server);
                    return;
                }
                open.add(client);
                open.add(server);
            }
            Thread.ofVirtual().name("postgres-proxy-up").start(() -> pump(client, server));
            Thread.ofVirtual().name("postgres-proxy-down").start(() -> pump(server, client));
        }
    }

    private void pump(Socket from, Socket to) {
        byte[] buffer = new byte[16 * 1024];
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            for (int n; (n = in.read(buffer)) >= 0; ) {
                awaitFlowing();
                out.write(buffer, 0, n);
                out.flush();
            }
        } catch (IOException ended) {
            // one side closed or was cut: close both below
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        } finally {
            close(from);
            close(to);
            synchronized (this) {
                open.remove(from);
                open.remove(to);
            }
        }
    }

    private static void close(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception ignored) {
            // already closed
        }
    }

    @Override
    public void close() {
        refuse();
    }
}
