package com.safesupport.bot.handoff;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.safesupport.bot.config.BotConfig;
import com.safesupport.platform.crypto.Sealer;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.ClientErrorException;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Hand-offs to escalation-service through a transactional outbox: {@link #enqueue} runs inside the turn's
 * transaction, {@link #deliver} right after it commits and again from the relay until escalation-service has it.
 */
@ApplicationScoped
public class HandoffService {

    private static final Logger LOG = Logger.getLogger(HandoffService.class);

    @Inject
    EscalationClient escalation;

    @Inject
    Sealer sealer;

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    @Inject
    BotConfig config;

    @Inject
    MeterRegistry metrics;

    @Inject
    Event<HandoffDelivered> deliveredEvents;

    /** The stable key of a conversation's hand-off on a given turn: a retry of it is the same request. */
    public static String idempotencyKey(UUID conversationId, int turn) {
        return UUID.nameUUIDFromBytes(("bot-handoff:" + conversationId + ":" + turn).getBytes(StandardCharsets.UTF_8)).toString();
    }

    /**
     * Writes the hand-off beside the turn (caller's transaction, which also gives the conversation to a human).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID enqueue(UUID conversationId, String subjectId, int turn, HandoffRequest request) {
        HandoffOutboxEntry entry = new HandoffOutboxEntry();
        entry.id = UUID.randomUUID();
        entry.conversationId = conversationId;
        entry.subjectId = subjectId;
        entry.idempotencyKey = idempotencyKey(conversationId, turn);
        entry.pending(sealer, serialize(request), HandoffOutboxEntry.associatedData(entry.id), clock.instant());
        entry.persist();
        request.reasons().forEach(r -> metrics.counter("bot.handoffs", "reason", r).increment());
        return entry.id;
    }

    /**
     * One delivery attempt, outside any transaction, unless the entry is not due or another replica's relay holds
     * it. Returns the ticket if escalation-service accepted it.
     */
    public Optional<HandoffTicket> deliver(UUID entryId) {
        Instant now = clock.instant();
        boolean claimed = QuarkusTransaction.requiringNew().call(() -> HandoffOutboxEntry.claim(entryId, now, now.plus(OutboxEntry.CLAIM)));
        return claimed ? deliverClaimed(entryId) : Optional.empty();
    }

    private Optional<HandoffTicket> deliverClaimed(UUID entryId) {
        record Pending(String key, String body) {
        }
        Pending pending = QuarkusTransaction.requiringNew().call(() -> {
            HandoffOutboxEntry entry = HandoffOutboxEntry.findById(entryId);
            if (entry == null || entry.status != HandoffOutboxEntry.Status.PENDING) {
                return null;
            }
            return new Pending(entry.idempotencyKey, entry.body(sealer, HandoffOutboxEntry.associatedData(entry.id)));
        });
        if (pending == null) {
            return Optional.empty();
        }
        try {
            HandoffTicket ticket = escalation.deliver(pending.key(), pending.body());
            QuarkusTransaction.requiringNew().run(() -> delivered(entryId, ticket));
            metrics.counter("bot.handoff.deliveries", "outcome", "delivered").increment();
            return Optional.of(ticket);
        } catch (ClientErrorException e) {
            int status = e.getResponse().getStatus();
            // 409 is a concurrent duplicate still being processed: try again. Other 4xx will not change by retrying.
            boolean permanent = status != 409 && OutboxEntry.finalAnswer(status);
            QuarkusTransaction.requiringNew().run(() -> failed(entryId, "HTTP " + status, permanent));
            metrics.counter("bot.handoff.deliveries", "outcome", permanent ? "rejected" : "retry").increment();
            return Optional.empty();
        } catch (RuntimeException e) {
            QuarkusTransaction.requiringNew().run(() -> failed(entryId, e.getClass().getSimpleName(), false));
            metrics.counter("bot.handoff.deliveries", "outcome", "retry").increment();
            return Optional.empty();
        }
    }

    /** Delivers the hand-offs that are due and no other replica is delivering; the relay calls this on a schedule. */
    public int deliverDue() {
        Instant now = clock.instant();
        List<UUID> due = QuarkusTransaction.requiringNew().call(() -> HandoffOutboxEntry.claimDue(now, now.plus(OutboxEntry.CLAIM), 50));
        int delivered = 0;
        for (UUID id : due) {
            if (deliverClaimed(id).isPresent()) {
                delivered++;
            }
        }
        return delivered;
    }

    public long pendingCount() {
        return QuarkusTransaction.requiringNew().call(() -> HandoffOutboxEntry.count("status", HandoffOutboxEntry.Status.PENDING));
    }

    private void delivered(UUID entryId, HandoffTicket ticket) {
        HandoffOutboxEntry entry = HandoffOutboxEntry.findById(entryId);
        if (entry == null) {
            return;
        }
        entry.delivered(clock.instant());
        entry.ticketId = ticket.ticketId();
        // Customer messages written while the ticket was not known go to it now, due at once.
        CustomerMessageOutboxEntry.ticketKnown(entry.id, ticket.ticketId(), entry.deliveredAt);
        // In this transaction: the conversation learns its ticket together with the outbox entry.
        deliveredEvents.fire(new HandoffDelivered(entry.conversationId, ticket.ticketId(), ticket.status() == null ? "OPEN" : ticket.status()));
    }

    private void failed(UUID entryId, String error, boolean permanent) {
        HandoffOutboxEntry entry = HandoffOutboxEntry.findById(entryId);
        if (entry == null) {
            return;
        }
        entry.failed(error, permanent, clock.instant(), config.handoff().initialBackoff(), config.handoff().maxBackoff());
        if (permanent) {
            LOG.errorf("Hand-off %s rejected by escalation-service (%s); it needs an operator", entryId, error);
            return;
        }
        LOG.warnf("Hand-off %s not delivered (attempt %d, %s); next attempt at %s", entryId, entry.attempts, error, entry.nextAttemptAt);
    }

    private String serialize(HandoffRequest request) {
        try {
            return json.writeValueAsString(request);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialise a hand-off request", e);
        }
    }
}
