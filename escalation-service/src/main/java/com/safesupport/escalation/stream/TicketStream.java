package com.safesupport.escalation.stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.safesupport.escalation.config.EscalationConfig;
import com.safesupport.escalation.ticket.TicketChanged;
import com.safesupport.platform.problem.SafeTrace;
import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.subscription.MultiEmitter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Clock;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.Executors;

/**
 * Fans committed ticket events out to the SSE subscribers of their queue, across replicas: each committed event is
 * sent with PostgreSQL {@code NOTIFY} and every instance's listener hands it to its own subscribers. While the
 * listener is not connected (start-up, database restart) events go to this instance's subscribers only.
 * Events carry codes and ids only.
 */
@ApplicationScoped
public class TicketStream {

    private static final Logger LOG = Logger.getLogger(TicketStream.class);
    private static final String CHANNEL = "escalation_ticket_events";

    @Inject
    Clock clock;

    @Inject
    ObjectMapper json;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    EscalationConfig config;

    private final Map<UUID, Set<MultiEmitter<? super TicketChanged>>> subscribers = new ConcurrentHashMap<>();
    private final ExecutorService notifier = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "ticket-events-notify");
        thread.setDaemon(true);
        return thread;
    });
    private final Queue<TicketChanged> outgoing = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean notifying = new AtomicBoolean();
    private volatile boolean listening;
    private volatile boolean running;
    private Thread listener;

    /** Wire form of an event between instances (the queue id travels too, unlike in the SSE body). */
    @io.quarkus.runtime.annotations.RegisterForReflection
    record Wire(TicketChanged event, UUID queueId) {
    }

    /** A stream that starts with a SUBSCRIBED event, sent once the subscription is in place. */
    public Multi<TicketChanged> subscribe(UUID queueId, String queueCode) {
        return Multi.createFrom().emitter(emitter -> {
            Set<MultiEmitter<? super TicketChanged>> set = subscribers.computeIfAbsent(queueId, q -> new CopyOnWriteArraySet<>());
            set.add(emitter);
            emitter.onTermination(() -> set.remove(emitter));
            emitter.emit(new TicketChanged("SUBSCRIBED", null, queueCode, null, null, null, null, clock.instant(), queueId));
        });
    }

    void publish(@Observes(during = TransactionPhase.AFTER_SUCCESS) TicketChanged change) {
        if (!listening) {
            deliver(change.queueId(), change);
            return;
        }
        // Off the request thread (its finished transaction is still bound to it), in commit order, and in batches:
        // one transaction carries every event that queued up meanwhile.
        outgoing.add(change);
        if (notifying.compareAndSet(false, true)) {
            notifier.execute(this::notifyPending);
        }
    }

    private void notifyPending() {
        List<TicketChanged> batch = new ArrayList<>();
        try {
            for (TicketChanged next; (next = outgoing.poll()) != null; ) {
                batch.add(next);
            }
            if (batch.isEmpty()) {
                return;
            }
            try (Connection connection = dataSource.getConnection();
                 PreparedStatement notify = connection.prepareStatement("select pg_notify(?, ?)")) {
                connection.setAutoCommit(false);
                for (TicketChanged change : batch) {
                    notify.setString(1, CHANNEL);
                    notify.setString(2, json.writeValueAsString(new Wire(change, change.queueId())));
                    notify.execute();
                }
                connection.commit();
            } catch (Exception e) {
                LOG.warnf("Ticket event NOTIFY failed (%s); delivering to this instance only", e.getClass().getSimpleName());
                batch.forEach(change -> deliver(change.queueId(), change));
            }
        } finally {
            notifying.set(false);
            if (!outgoing.isEmpty() && notifying.compareAndSet(false, true)) {
                notifier.execute(this::notifyPending);
            }
        }
    }

    /** Whether events of other replicas reach this instance's subscribers right now. */
    public boolean listening() {
        return listening;
    }

    private void deliver(UUID queueId, TicketChanged change) {
        Set<MultiEmitter<? super TicketChanged>> set = subscribers.get(queueId);
        if (set != null) {
            set.forEach(emitter -> emitter.emit(change));
        }
    }

    void start(@Observes StartupEvent event) {
        if (!config.stream().clusterWide()) {
            return;
        }
        running = true;
        listener = new Thread(this::listen, "ticket-events-listener");
        listener.setDaemon(true);
        listener.start();
    }

    void stop(@Observes ShutdownEvent event) {
        running = false;
        notifier.shutdownNow();
        if (listener != null) {
            listener.interrupt();
        }
    }

    private void listen() {
        while (running) {
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(true);
                try (Statement statement = connection.createStatement()) {
                    statement.execute("LISTEN " + CHANNEL);
                }
                PGConnection pg = connection.unwrap(PGConnection.class);
                listening = true;
                while (running) {
                    PGNotification[] notifications = pg.getNotifications(1000);
                    if (notifications != null) {
                        for (PGNotification n : notifications) {
                            Wire wire = json.readValue(n.getParameter(), Wire.class);
                            deliver(wire.queueId(), wire.event());
                        }
                    }
                }
            } catch (Exception e) {
                listening = false;
                if (running) {
                    LOG.warnf("Ticket event listener lost its connection (%s); reconnecting%s", e.getClass().getSimpleName(), SafeTrace.of(e));
                    pause();
                }
            }
        }
        listening = false;
    }

    private static void pause() {
        try {
            Thread.sleep(2000); // reconnect back-off, not synchronisation
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
