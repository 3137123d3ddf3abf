package com.safesupport.escalation.routing;

import com.safesupport.escalation.config.EscalationConfig;
import com.safesupport.escalation.ticket.TicketChanged;
import com.safesupport.platform.problem.SafeTrace;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs assignment when work may move: a ticket arrives or is transferred, an agent frees up, comes online or gets
 * more capacity — and on a slow sweep as a safety net. Requests that arrive while a run is going are folded into
 * one more run, so a burst of hand-offs costs a few runs, not one each.
 */
@ApplicationScoped
public class AssignmentTrigger {

    private static final Logger LOG = Logger.getLogger(AssignmentTrigger.class);

    @Inject
    Assigner assigner;

    @Inject
    EscalationConfig config;

    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "assignment");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean pending = new AtomicBoolean();
    private final AtomicBoolean scheduled = new AtomicBoolean();

    void ticketChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) TicketChanged change) {
        if (change.mayFreeCapacityOrAddWork()) {
            request();
        }
    }

    void agentChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) AgentChanged change) {
        request();
    }

    @Scheduled(every = "${escalation.assignment.sweep-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sweep() {
        request();
    }

    /** Whether a run is under way or queued (for benchmarks that must not race the background worker). */
    public boolean busy() {
        return scheduled.get() || pending.get();
    }

    public void request() {
        pending.set(true);
        if (scheduled.compareAndSet(false, true)) {
            worker.submit(this::drain);
        }
    }

    private void drain() {
        try {
            while (pending.getAndSet(false)) {
                try {
                    assigner.runOnce();
                } catch (RuntimeException e) {
                    LOG.warnf("Assignment run failed (%s); the next trigger or sweep retries%s", e.getClass().getSimpleName(), SafeTrace.of(e));
                }
                if (pending.get()) {
                    breathe(); // under a burst of hand-offs, one run per interval serves all of them
                }
            }
        } finally {
            scheduled.set(false);
            if (pending.get() && scheduled.compareAndSet(false, true)) {
                worker.submit(this::drain);
            }
        }
    }

    private void breathe() {
        try {
            Thread.sleep(config.assignment().minInterval().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    void shutdown(@Observes ShutdownEvent event) {
        worker.shutdownNow();
    }
}
