package com.safesupport.escalation.routing;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Picks the queue of a new ticket: a queue that lists the ticket's topic, else the catch-all queue (no topics).
 * The skills an agent needs for the ticket are the queue's skills plus {@code lang:<language>}.
 */
@ApplicationScoped
public class Router {

    public SupportQueue route(String topic) {
        List<SupportQueue> queues = SupportQueue.<SupportQueue>listAll().stream()
                .sorted(Comparator.comparing(q -> q.code)).toList();
        return queues.stream().filter(q -> Arrays.asList(q.topics).contains(topic)).findFirst()
                .or(() -> queues.stream().filter(q -> q.topics.length == 0).findFirst())
                .or(() -> queues.stream().findFirst())
                .orElseThrow(() -> new IllegalStateException("No support queue is configured"));
    }

    public static String[] requiredSkills(SupportQueue queue, String language) {
        Set<String> skills = new LinkedHashSet<>(Arrays.asList(queue.skills));
        skills.add("lang:" + language);
        return skills.toArray(String[]::new);
    }
}
