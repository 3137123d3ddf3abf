package com.safesupport.bot.isolation;

import com.safesupport.bot.config.BotConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * At most {@code bot.isolation.concurrent-turns-per-customer} messages of one customer in the pipeline at once, so
 * one customer's slow inputs can never occupy the workers and downstream capacity everyone else needs.
 * SmallRye's {@code @Bulkhead} is one bulkhead per method, not per key; this is the keyed one, and its map holds
 * only the customers with a message in flight (an entry goes when its count returns to zero).
 */
@ApplicationScoped
public class CustomerBulkhead {

    private final Map<String, Integer> inFlight = new ConcurrentHashMap<>();

    @Inject
    BotConfig config;

    /** A slot for one turn; close it when the turn is over. 429 when the customer's slots are taken. */
    public Slot enter(String subjectId) {
        int limit = config.isolation().concurrentTurnsPerCustomer();
        boolean[] admitted = {false};
        inFlight.compute(subjectId, (k, n) -> {
            int current = n == null ? 0 : n;
            if (current >= limit) {
                return n;
            }
            admitted[0] = true;
            return current + 1;
        });
        if (!admitted[0]) {
            throw new TooManyRequests("turn-in-progress",
                    "At most " + limit + " of your messages are processed at a time; wait for the reply and try again", 1);
        }
        return () -> inFlight.computeIfPresent(subjectId, (k, n) -> n <= 1 ? null : n - 1);
    }

    /** How many customers have a message in flight (for tests and metrics). */
    public int customersInFlight() {
        return inFlight.size();
    }

    /** A held slot. */
    public interface Slot extends AutoCloseable {
        @Override
        void close();
    }
}
