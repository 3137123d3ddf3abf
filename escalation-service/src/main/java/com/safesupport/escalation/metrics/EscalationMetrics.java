package com.safesupport.escalation.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The service's metrics. Labels are codes only (queue code, priority, reason, SLA target, outcome): never a
 * subject, a ticket id or any text.
 */
@ApplicationScoped
public class EscalationMetrics {

    @Inject
    MeterRegistry registry;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    private final Map<String, AtomicLong> depth = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> oldest = new ConcurrentHashMap<>();
    private final AtomicLong outboxPending = new AtomicLong();
    private volatile boolean outboxGauge;

    public void handoff(List<String> reasons) {
        for (String reason : reasons) {
            Counter.builder("escalation.handoffs").description("Hand-offs received, by reason").tag("reason", reason)
                    .register(registry).increment();
        }
    }

    public void idempotentReplay() {
        registry.counter("escalation.handoffs.replayed").increment();
    }

    public void assigned(String queue, String priority, Duration waited) {
        Timer.builder("escalation.waiting.time").description("Time from hand-off to assignment")
                .tags("queue", queue, "priority", priority).publishPercentileHistogram().register(registry).record(waited);
    }

    public void firstResponse(String queue, String priority, Duration elapsed) {
        Timer.builder("escalation.first.response.time").description("Time from hand-off to the first agent reply")
                .tags("queue", queue, "priority", priority).publishPercentileHistogram().register(registry).record(elapsed);
    }

    public void slaBreach(String target, String priority) {
        Counter.builder("escalation.sla.breaches").description("SLA targets breached")
                .tags("target", target, "priority", priority).register(registry).increment();
    }

    public void relay(String kind, String outcome) {
        Counter.builder("escalation.relay.deliveries").description("Deliveries to bot-service by outcome")
                .tags("kind", kind, "outcome", outcome).register(registry).increment();
    }

    public void feedback(boolean needed) {
        registry.counter("escalation.handoff.feedback", "needed", Boolean.toString(needed)).increment();
    }

    /** Queue depth, oldest waiting ticket and outbox backlog, refreshed from the database (all instances' view). */
    @Scheduled(every = "${escalation.metrics.refresh-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledRefresh() {
        refreshNow();
    }

    public void refreshNow() {
        QuarkusTransaction.requiringNew().run(() -> {
            Instant now = clock.instant();
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("""
                    select q.code, count(t.id), min(t.created_at)
                    from support_queue q left join ticket t on t.queue_id = q.id and t.status = 'NEW'
                    group by q.code""").getResultList();
            for (Object[] row : rows) {
                String queue = (String) row[0];
                gauge(depth, "escalation.queue.depth", queue).set(((Number) row[1]).longValue());
                Instant first = row[2] == null ? null : toInstant(row[2]);
                gauge(oldest, "escalation.queue.oldest.waiting.seconds", queue)
                        .set(first == null ? 0 : Math.max(0, Duration.between(first, now).toSeconds()));
            }
            Number pending = (Number) em.createNativeQuery("select count(*) from relay_outbox where status = 'PENDING'").getSingleResult();
            outboxPending.set(pending.longValue());
            if (!outboxGauge) {
                Gauge.builder("escalation.relay.pending", outboxPending, AtomicLong::get)
                        .description("Replies and hand-backs waiting for delivery to bot-service").register(registry);
                outboxGauge = true;
            }
        });
    }

    private AtomicLong gauge(Map<String, AtomicLong> values, String name, String queue) {
        return values.computeIfAbsent(queue, q -> {
            AtomicLong value = new AtomicLong();
            Gauge.builder(name, value, AtomicLong::get).tag("queue", q).register(registry);
            return value;
        });
    }

    private static Instant toInstant(Object value) {
        return com.safesupport.platform.persistence.Timestamps.instant(value);
    }
}
