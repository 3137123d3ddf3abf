package com.safesupport.escalation.routing;

import com.safesupport.escalation.ticket.Ticket;
import com.safesupport.escalation.ticket.TicketStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/** The support queues as staff see and supervisors define them. */
@ApplicationScoped
public class QueueDirectory {

    public record QueueView(String code, String name, List<String> skills, List<String> topics, long waiting) {
    }

    @Inject
    Staff staff;

    @Inject
    Router router;

    @Inject
    Clock clock;

    /** The queues the caller may see, by code, each with its number of waiting (NEW) tickets. */
    @Transactional
    public List<QueueView> visible() {
        staff.requireStaff();
        return SupportQueue.<SupportQueue>listAll().stream()
                .filter(q -> staff.maySeeQueue(q.id))
                .sorted(Comparator.comparing(q -> q.code))
                .map(QueueDirectory::view).toList();
    }

    /** Creates the queue or changes its name, skills and topics; routing sees the change at once on this instance. */
    @Transactional
    public QueueView define(String code, String name, List<String> skills, List<String> topics) {
        SupportQueue queue = SupportQueue.byCode(code).orElseGet(() -> {
            SupportQueue created = new SupportQueue();
            created.id = UUID.randomUUID();
            created.code = code;
            created.createdAt = clock.instant();
            return created;
        });
        queue.name = name;
        queue.skills = skills.toArray(String[]::new);
        queue.topics = topics.toArray(String[]::new);
        queue.persist();
        router.invalidate();
        return view(queue);
    }

    private static QueueView view(SupportQueue q) {
        long waiting = q.id == null ? 0 : Ticket.count("queueId = ?1 and status = ?2", q.id, TicketStatus.NEW);
        return new QueueView(q.code, q.name, List.of(q.skills), List.of(q.topics), waiting);
    }
}
