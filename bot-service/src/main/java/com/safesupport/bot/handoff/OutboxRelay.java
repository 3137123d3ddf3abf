package com.safesupport.bot.handoff;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Retries undelivered hand-offs, then undelivered customer messages, until escalation-service has them. */
@ApplicationScoped
public class OutboxRelay {

    @Inject
    HandoffService handoffs;

    @Inject
    CustomerMessageRelay customerMessages;

    @Scheduled(every = "${bot.handoff.relay-interval:10s}", delayed = "${bot.handoff.relay-interval:10s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void relay() {
        handoffs.deliverDue();
        // After the hand-offs: a message waiting for its hand-off's ticket goes in the same tick.
        customerMessages.deliverDue();
    }
}
