package com.safesupport.platform.schedule;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.configuration.DurationConverter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;

/**
 * Lets one replica, not each, run a scheduled job per tick. Time is cut into ticks of the job's interval (tick =
 * epoch milliseconds / interval); the first replica whose timer fires in a tick claims it in the service's
 * database table {@code scheduler_tick} and runs, the others see it claimed and skip. Replicas' timers start at
 * different moments, so whichever comes first in a tick runs it.
 * <p>
 * Call it from the {@code @Scheduled} method, outside a transaction (the claim commits on its own). When the
 * database does not answer the claim fails and the job is skipped: the job would have needed the database anyway.
 * Each decision is counted in {@code scheduler_ticks_total{job, outcome=run|skipped}}.
 */
@ApplicationScoped
public class SchedulerTicks {

    private static final Logger LOG = Logger.getLogger(SchedulerTicks.class);

    @Inject
    AgroalDataSource dataSource;

    @Inject
    MeterRegistry metrics;

    Clock clock = Clock.systemUTC();

    /**
     * Whether this instance runs {@code job} now.
     *
     * @param job   a stable name of the job (the same on every replica)
     * @param every its interval as written in {@code @Scheduled(every = ...)}, e.g. {@code 30s}, {@code 1m}
     */
    public boolean claim(String job, String every) {
        return claim(job, DurationConverter.parseDuration(every));
    }

    /** Whether this instance runs {@code job} now; ticks are {@code every} long. */
    public boolean claim(String job, Duration every) {
        long tick = Math.floorDiv(clock.millis(), Math.max(1, every.toMillis()));
        boolean claimed;
        try (Connection connection = dataSource.getConnection();
             PreparedStatement upsert = connection.prepareStatement("""
                     insert into scheduler_tick (job, tick, claimed_at) values (?, ?, now())
                     on conflict (job) do update set tick = excluded.tick, claimed_at = excluded.claimed_at
                     where scheduler_tick.tick < excluded.tick""")) {
            connection.setAutoCommit(true);
            upsert.setString(1, job);
            upsert.setLong(2, tick);
            claimed = upsert.executeUpdate() == 1;
        } catch (SQLException e) {
            LOG.warnf("Scheduled job %s skipped: its tick could not be claimed (%s)", job, e.getClass().getSimpleName());
            claimed = false;
        }
        metrics.counter("scheduler_ticks_total", "job", job, "outcome", claimed ? "run" : "skipped").increment();
        return claimed;
    }
}
