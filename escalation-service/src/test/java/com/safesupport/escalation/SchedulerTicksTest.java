package com.safesupport.escalation;

import com.safesupport.platform.schedule.SchedulerTicks;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The platform's once-per-tick guard against this service's real database (its scheduler_tick table). */
@QuarkusTest
class SchedulerTicksTest {

    @Inject
    SchedulerTicks ticks;

    @Test
    void theFirstClaimOfATickRunsTheOthersSkipAndTheNextTickRunsAgain() {
        String job = "test-" + UUID.randomUUID();
        assertTrue(ticks.claim(job, "1d"));
        assertFalse(ticks.claim(job, "1d"), "a second claim in the same tick");
        assertTrue(ticks.claim("other-" + UUID.randomUUID(), "1d"), "another job has its own ticks");
        // Ticks of one millisecond: the tick number is far beyond the daily one, so it is a later tick.
        assertTrue(ticks.claim(job, Duration.ofMillis(1)));
    }

    @Test
    void replicasRacingForOneTickRunTheJobOnce() throws Exception {
        String job = "race-" + UUID.randomUUID();
        int replicas = 8;
        ExecutorService pool = Executors.newFixedThreadPool(replicas);
        CyclicBarrier together = new CyclicBarrier(replicas);
        List<Future<Boolean>> claims = new ArrayList<>();
        Callable<Boolean> claim = () -> {
            together.await();
            return ticks.claim(job, "1d");
        };
        for (int i = 0; i < replicas; i++) {
            claims.add(pool.submit(claim));
        }
        int ran = 0;
        for (Future<Boolean> f : claims) {
            ran += f.get(30, TimeUnit.SECONDS) ? 1 : 0;
        }
        pool.shutdown();
        assertEquals(1, ran);
    }
}
