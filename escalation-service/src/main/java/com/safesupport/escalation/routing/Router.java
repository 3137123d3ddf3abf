package com.safesupport.escalation.routing;

import com.safesupport.escalation.ticket.QueueCodes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Picks the queue of a new ticket: a queue that lists the ticket's topic, else the catch-all queue (no topics).
 * The skills an agent needs for the ticket are the queue's skills plus {@code lang:<language>}. Queues are read
 * at most every few seconds (they change rarely, hand-offs arrive often); a change on this instance applies at once.
 */
@ApplicationScoped
public class Router implements QueueCodes {

    private static final long TTL_NANOS = 5_000_000_000L;

    /** A queue as routing needs it. */
    public record Route(UUID id, String code, String[] skills, String[] topics) {
    }

    @Inject
    EntityManager em;

    private volatile List<Route> routes;
    private volatile long loadedAt;

    public Route route(String topic) {
        List<Route> queues = routes();
        return queues.stream().filter(q -> Arrays.asList(q.topics()).contains(topic)).findFirst()
                .or(() -> queues.stream().filter(q -> q.topics().length == 0).findFirst())
                .or(() -> queues.stream().findFirst())
                .orElseThrow(() -> new IllegalStateException("No support queue is configured"));
    }

    @Override
    public String code(UUID queueId) {
        for (Route r : routes()) {
            if (r.id().equals(queueId)) {
                return r.code();
            }
        }
        invalidate();
        return routes().stream().filter(r -> r.id().equals(queueId)).map(Route::code).findFirst().orElse(null);
    }

    public void invalidate() {
        routes = null;
    }

    private List<Route> routes() {
        List<Route> current = routes;
        if (current == null || System.nanoTime() - loadedAt > TTL_NANOS) {
            current = SupportQueue.<SupportQueue>listAll().stream()
                    .sorted(Comparator.comparing(q -> q.code))
                    .map(q -> new Route(q.id, q.code, q.skills, q.topics)).toList();
            routes = current;
            loadedAt = System.nanoTime();
        }
        return current;
    }

    public static String[] requiredSkills(String[] queueSkills, String language) {
        Set<String> skills = new LinkedHashSet<>(Arrays.asList(queueSkills));
        skills.add("lang:" + language);
        return skills.toArray(String[]::new);
    }
}
