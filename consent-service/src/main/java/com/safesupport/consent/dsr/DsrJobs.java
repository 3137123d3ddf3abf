package com.safesupport.consent.dsr;

import com.safesupport.consent.config.ConsentConfig;
import com.safesupport.platform.schedule.SchedulerTicks;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The two clocks of data-subject requests: the worker executes verified requests and retries partial ones; the
 * overdue check flags open requests past their deadline and exposes their number as {@code consent_dsr_overdue}.
 */
@ApplicationScoped
public class DsrJobs {

    private static final Logger LOG = Logger.getLogger(DsrJobs.class);
    private static final int BATCH = 50;

    @Inject
    DsrOrchestrator orchestrator;

    @Inject
    Clock clock;

    @Inject
    ConsentConfig config;

    @Inject
    SchedulerTicks ticks;

    @Inject
    ExportRetention exports;

    private final AtomicLong overdue = new AtomicLong();

    @Inject
    void metrics(MeterRegistry registry) {
        Gauge.builder("consent_dsr_overdue", overdue, AtomicLong::get)
                .description("Open data-subject requests past their deadline")
                .register(registry);
    }

    @Scheduled(every = "${consent.dsr.work-every:1m}", identity = "dsr-worker", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledWork() {
        if (ticks.claim("dsr-worker", config.dsr().workEvery())) { // once per tick across replicas
            work();
        }
    }

    @Scheduled(every = "${consent.dsr.overdue-check-every:5m}", identity = "dsr-overdue", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledOverdue() {
        if (ticks.claim("dsr-overdue", config.dsr().overdueCheckEvery())) {
            checkOverdue();
        }
    }

    /** Executes what is due now; @return how many requests were run. */
    @ActivateRequestContext
    public int work() {
        Instant now = clock.instant();
        int expired = QuarkusTransaction.requiringNew().call(() -> exports.expire(now));
        if (expired > 0) {
            LOG.infof("Deleted %d exported answers past consent.dsr.export-retention", expired);
        }
        List<UUID> due = QuarkusTransaction.requiringNew().call(() ->
                DataSubjectRequest.due(now, now.minus(config.dsr().staleAfter()), BATCH));
        int run = 0;
        for (UUID id : due) {
            try {
                orchestrator.execute(id);
                run++;
            } catch (RuntimeException e) {
                // Another executor got there first, or the request changed: the next round sees its new state.
                LOG.infof("Data-subject request %s not executed this round: %s", id, e.getClass().getSimpleName());
            }
        }
        return run;
    }

    /** Flags open requests past their deadline; @return how many are overdue now. */
    @ActivateRequestContext
    public long checkOverdue() {
        Instant now = clock.instant();
        long count = QuarkusTransaction.requiringNew().call(() -> {
            DataSubjectRequest.update("overdue = true where status in ?1 and dueAt < ?2 and overdue = false", DsrStatus.OPEN, now);
            return DataSubjectRequest.count("status in ?1 and dueAt < ?2", DsrStatus.OPEN, now);
        });
        overdue.set(count);
        return count;
    }
}
