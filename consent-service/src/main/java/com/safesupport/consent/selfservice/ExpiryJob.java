package com.safesupport.consent.selfservice;

import com.safesupport.consent.config.ConsentConfig;
import com.safesupport.consent.decision.CurrentConsent;
import com.safesupport.platform.schedule.SchedulerTicks;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;

import java.time.Clock;
import java.util.List;

/**
 * Records EXPIRED events for GIVEN consents whose validity ended. Decisions already refuse expired consent before
 * this runs; the job makes the ledger say so. It lives beside {@link ConsentService}, which records the events:
 * {@code selfservice} reads {@code decision}'s projection, never the other way round.
 */
@ApplicationScoped
public class ExpiryJob {

    private static final int BATCH = 500;

    @Inject
    ConsentService consents;

    @Inject
    Clock clock;

    @Inject
    SchedulerTicks ticks;

    @Inject
    ConsentConfig config;

    @Scheduled(every = "${consent.expiry.check-every:1m}", identity = "consent-expiry",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        if (ticks.claim("consent-expiry", config.expiry().checkEvery())) { // once per tick across replicas
            run();
        }
    }

    /** @return how many consents were expired */
    @ActivateRequestContext
    public int run() {
        int expired = 0;
        while (true) {
            List<CurrentConsent> due = CurrentConsent.expiredBy(clock.instant(), BATCH);
            if (due.isEmpty()) {
                return expired;
            }
            int batch = 0;
            for (CurrentConsent c : due) {
                if (consents.expire(c.subjectId, c.purposeCode)) {
                    batch++;
                }
            }
            expired += batch;
            if (batch == 0) {
                return expired;
            }
        }
    }
}
