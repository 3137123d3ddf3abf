package com.safesupport.escalation.relay;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.safesupport.escalation.config.EscalationConfig;
import com.safesupport.escalation.metrics.EscalationMetrics;
import com.safesupport.escalation.sla.SupervisorNotification;
import com.safesupport.platform.crypto.Sealer;
import com.safesupport.platform.problem.SafeTrace;
import com.safesupport.platform.time.Backoff;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.WebApplicationException;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Delivers queued replies and hand-backs to bot-service, oldest first and one at a time per conversation, with
 * exponential backoff while bot-service is down. A message is never dropped for a transient failure; a 4xx that
 * retrying cannot fix (except 408 and 429) marks it DEAD and notifies supervisors.
 */
@ApplicationScoped
public class OutboxDispatcher {

    private static final Logger LOG = Logger.getLogger(OutboxDispatcher.class);

    @Inject
    EntityManager em;

    @Inject
    EscalationConfig config;

    @Inject
    Sealer sealer;

    @Inject
    ObjectMapper json;

    @Inject
    EscalationMetrics metrics;

    @Inject
    Clock clock;

    @ConfigProperty(name = "quarkus.rest-client.bot.url")
    String botUrl;

    private volatile BotApi bot;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "relay-outbox");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean pending = new AtomicBoolean();
    private final AtomicBoolean scheduled = new AtomicBoolean();

    void queued(@Observes(during = TransactionPhase.AFTER_SUCCESS) Outbox.Queued message) {
        request();
    }

    @Scheduled(every = "${escalation.outbox.poll-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        request();
    }

    void request() {
        pending.set(true);
        if (scheduled.compareAndSet(false, true)) {
            worker.submit(this::drain);
        }
    }

    private void drain() {
        try {
            while (pending.getAndSet(false)) {
                try {
                    dispatchDue();
                } catch (RuntimeException e) {
                    LOG.warnf("Outbox run failed (%s)%s", e.getClass().getSimpleName(), SafeTrace.of(e));
                }
            }
        } finally {
            scheduled.set(false);
            if (pending.get() && scheduled.compareAndSet(false, true)) {
                worker.submit(this::drain);
            }
        }
    }

    /** Delivers every message that is due now; returns how many were delivered. */
    public int dispatchDue() {
        int delivered = 0;
        List<OutboxMessage> batch;
        do {
            batch = claim();
            for (OutboxMessage message : batch) {
                if (deliver(message)) {
                    delivered++;
                }
            }
        } while (batch.size() == config.outbox().batch());
        return delivered;
    }

    /** Claims due messages: the oldest pending one of each conversation, not claimed by another instance. */
    private List<OutboxMessage> claim() {
        return QuarkusTransaction.requiringNew().call(() -> {
            Instant now = clock.instant();
            @SuppressWarnings("unchecked")
            List<Long> ids = em.createNativeQuery("""
                            select o.id from relay_outbox o
                            where o.status = 'PENDING' and o.next_attempt_at <= ?1
                              and (o.locked_until is null or o.locked_until < ?1)
                              and not exists (select 1 from relay_outbox p where p.conversation_id = o.conversation_id
                                              and p.status = 'PENDING' and p.id < o.id)
                            order by o.id limit ?2 for update skip locked""", Long.class)
                    .setParameter(1, now).setParameter(2, config.outbox().batch()).getResultList();
            List<OutboxMessage> claimed = ids.stream().map(id -> (OutboxMessage) OutboxMessage.findById(id)).toList();
            claimed.forEach(m -> m.lockedUntil = now.plus(config.outbox().claimFor()));
            return claimed;
        });
    }

    private boolean deliver(OutboxMessage message) {
        int status;
        try {
            String key = "escalation-outbox-" + message.id;
            byte[] payload = sealer.open(new Sealer.Sealed(message.keyId, message.payloadSealed), message.associatedData());
            Uni<Response> call = switch (OutboxMessage.Kind.valueOf(message.kind)) {
                case AGENT_MESSAGE -> bot().agentMessage(message.conversationId, key, json.readValue(payload, BotApi.AgentMessage.class));
                case HANDBACK -> bot().handback(message.conversationId, key, json.readValue(payload, BotApi.Handback.class));
            };
            try (Response response = call.await().atMost(config.outbox().callTimeout())) {
                status = response.getStatus();
            }
        } catch (WebApplicationException e) {
            status = e.getResponse() == null ? 0 : e.getResponse().getStatus();
        } catch (Exception e) {
            status = 0; // unreachable, timeout (the whole answer not in within the call timeout), token endpoint down
        }
        record(message.id, status);
        return status >= 200 && status < 300;
    }

    private void record(long id, int status) {
        QuarkusTransaction.requiringNew().run(() -> {
            OutboxMessage message = OutboxMessage.findById(id);
            if (message == null) {
                return; // erased with its ticket (data-subject request) while in flight
            }
            Instant now = clock.instant();
            message.attempts++;
            message.lastStatus = status;
            message.lockedUntil = null;
            if (status >= 200 && status < 300) {
                message.status = "DELIVERED";
                message.deliveredAt = now;
                metrics.relay(message.kind, "delivered");
            } else if (status >= 400 && status < 500 && status != 408 && status != 429 && status != 401) {
                message.status = "DEAD";
                metrics.relay(message.kind, "dead");
                SupervisorNotification.of(message.ticketId, null, "RELAY_FAILED",
                        "bot-service refused a " + message.kind + " with status " + status + "; it will not be retried", now);
                LOG.warnf("Outbox message %d refused by bot-service with %d; marked DEAD", id, status);
            } else {
                message.nextAttemptAt = now.plus(backoff(message.attempts));
                metrics.relay(message.kind, "retry");
            }
        });
    }

    Duration backoff(int attempts) {
        return Backoff.exponential(config.outbox().initialBackoff(), config.outbox().maxBackoff(), attempts);
    }

    private BotApi bot() {
        if (bot == null) {
            long timeout = config.outbox().callTimeout().toMillis();
            bot = QuarkusRestClientBuilder.newBuilder().baseUri(URI.create(botUrl))
                    .connectTimeout(timeout, TimeUnit.MILLISECONDS).readTimeout(timeout, TimeUnit.MILLISECONDS)
                    .build(BotApi.class);
        }
        return bot;
    }

    void shutdown(@Observes ShutdownEvent event) {
        worker.shutdownNow();
    }
}
