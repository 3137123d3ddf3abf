package com.safesupport.escalation.stream;

import com.safesupport.escalation.ticket.TicketChanged;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.subscription.MultiEmitter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import java.time.Clock;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;

/**
 * Fans committed ticket events out to the SSE subscribers of their queue. Events carry codes and ids only.
 * In-process: each instance streams the events its own transactions committed (see docs/escalation.md).
 */
@ApplicationScoped
public class TicketStream {

    private final Map<UUID, Set<MultiEmitter<? super TicketChanged>>> subscribers = new ConcurrentHashMap<>();
    private final Clock clock;

    TicketStream(Clock clock) {
        this.clock = clock;
    }

    /** A stream that starts with a SUBSCRIBED event, sent once the subscription is in place. */
    public Multi<TicketChanged> subscribe(UUID queueId, String queueCode) {
        return Multi.createFrom().emitter(emitter -> {
            Set<MultiEmitter<? super TicketChanged>> set = subscribers.computeIfAbsent(queueId, q -> new CopyOnWriteArraySet<>());
            set.add(emitter);
            emitter.onTermination(() -> set.remove(emitter));
            emitter.emit(new TicketChanged("SUBSCRIBED", null, queueCode, null, null, null, null, clock.instant(), queueId));
        });
    }

    void publish(@Observes(during = TransactionPhase.AFTER_SUCCESS) TicketChanged change) {
        Set<MultiEmitter<? super TicketChanged>> set = subscribers.get(change.queueId());
        if (set != null) {
            set.forEach(emitter -> emitter.emit(change));
        }
    }

    int subscribers(UUID queueId) {
        Set<MultiEmitter<? super TicketChanged>> set = subscribers.get(queueId);
        return set == null ? 0 : set.size();
    }
}
