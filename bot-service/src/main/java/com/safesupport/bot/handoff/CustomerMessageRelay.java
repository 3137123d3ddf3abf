package com.safesupport.bot.handoff;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.safesupport.bot.config.BotConfig;
import com.safesupport.platform.crypto.Sealer;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.ClientErrorException;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Customer messages written while a person holds the conversation, relayed to the hand-off's ticket through a
 * transactional outbox ({@link CustomerMessageOutboxEntry}): {@link #enqueue} runs inside the turn's transaction,
 * {@link #deliverConversation} right after it commits, {@link #deliverDue} from the relay until escalation-service
 * has every message. Per conversation in transcript order; each part carries a stable Idempotency-Key, so a retry
 * after a lost answer appends nothing on the ticket. A message whose hand-off is not delivered yet waits for its
 * ticket. 404 (no such ticket) and 409 (the ticket is closed) are final: the entry is rejected. Logs carry ids only.
 */
@ApplicationScoped
public class CustomerMessageRelay {

    private static final Logger LOG = Logger.getLogger(CustomerMessageRelay.class);

    /** Deliveries of one conversation right after its turn, at most (the relay takes any rest). */
    static final int AFTER_TURN = 20;

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

    /** The stable key of one part of a relayed transcript line: a retry of it is the same request. */
    public static String idempotencyKey(UUID messageId, int part) {
        return UUID.nameUUIDFromBytes(("bot-customer-message:" + messageId + ":" + part).getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** The text in parts escalation-service accepts, in order (a part never splits a surrogate pair). */
    static List<String> parts(String text) {
        List<String> parts = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int end = Math.min(text.length(), start + CustomerMessage.MAX_TEXT_CHARS);
            if (end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))) {
                end--;
            }
            parts.add(text.substring(start, end));
            start = end;
        }
        return parts;
    }

    /**
     * Writes the (redacted) customer message beside its turn (caller's transaction, which holds the conversation's
     * lock). It goes to the ticket of the conversation's latest hand-off, or waits for that ticket; without a hand-off,
     * to {@code ticketId} as the conversation knows it. Returns the first entry's id.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID enqueue(UUID conversationId, String subjectId, String ticketId, UUID messageId, int messageSeq,
                        String redactedText, Instant at) {
        HandoffOutboxEntry handoff = HandoffOutboxEntry.<HandoffOutboxEntry>find(
                "conversationId = ?1 order by createdAt desc", conversationId).firstResult();
        String ticket = ticketId;
        UUID waitFor = null;
        if (handoff != null) {
            ticket = handoff.status == HandoffOutboxEntry.Status.DELIVERED ? handoff.ticketId : null;
            waitFor = handoff.status == HandoffOutboxEntry.Status.DELIVERED ? null : handoff.id;
        }
        UUID first = null;
        List<String> parts = parts(redactedText);
        Instant now = clock.instant();
        for (int part = 0; part < parts.size(); part++) {
            CustomerMessageOutboxEntry entry = new CustomerMessageOutboxEntry();
            entry.id = UUID.randomUUID();
            entry.conversationId = conversationId;
            entry.subjectId = subjectId;
            entry.messageId = messageId;
            entry.messageSeq = messageSeq;
            entry.part = part;
            entry.idempotencyKey = idempotencyKey(messageId, part);
            entry.handoffId = waitFor;
            entry.ticketId = ticket;
            entry.pending(sealer, serialize(new CustomerMessage(parts.get(part), at)),
                    CustomerMessageOutboxEntry.associatedData(entry.id), now);
            entry.persist();
            first = first == null ? entry.id : first;
        }
        metrics.counter("bot.customer.messages.relayed").increment();
        return first;
    }

    /** Delivers the conversation's due messages in order, right after a turn; stops at the first not delivered. */
    public int deliverConversation(UUID conversationId) {
        int delivered = 0;
        for (int i = 0; i < AFTER_TURN; i++) {
            Instant now = clock.instant();
            Optional<UUID> head = QuarkusTransaction.requiringNew().call(() ->
                    CustomerMessageOutboxEntry.claimHead(conversationId, now, now.plus(OutboxEntry.CLAIM)));
            if (head.isEmpty() || !deliverClaimed(head.get())) {
                break;
            }
            delivered++;
        }
        return delivered;
    }

    /**
     * Delivers what is due, the oldest pending message of each conversation at a time, in rounds while messages
     * get through (so a backlog of one conversation drains in one go, in order). The relay calls this.
     */
    public int deliverDue() {
        int delivered = 0;
        for (int round = 0; round < AFTER_TURN; round++) {
            Instant now = clock.instant();
            List<UUID> due = QuarkusTransaction.requiringNew().call(() ->
                    CustomerMessageOutboxEntry.claimDue(now, now.plus(OutboxEntry.CLAIM), 50));
            int thisRound = 0;
            for (UUID id : due) {
                if (deliverClaimed(id)) {
                    thisRound++;
                }
            }
            delivered += thisRound;
            if (thisRound == 0) {
                break;
            }
        }
        return delivered;
    }

    public long pendingCount() {
        return QuarkusTransaction.requiringNew().call(() ->
                CustomerMessageOutboxEntry.count("status", CustomerMessageOutboxEntry.Status.PENDING));
    }

    private record Pending(String key, String ticketId, String body) {
    }

    /** One attempt at a claimed entry; true if escalation-service has it now. */
    private boolean deliverClaimed(UUID entryId) {
        Pending pending = QuarkusTransaction.requiringNew().call(() -> pending(entryId));
        if (pending == null) {
            return false;
        }
        try {
            escalation.relay(pending.ticketId(), pending.key(), pending.body());
            QuarkusTransaction.requiringNew().run(() -> delivered(entryId));
            metrics.counter("bot.customer.message.deliveries", "outcome", "delivered").increment();
            return true;
        } catch (ClientErrorException e) {
            int status = e.getResponse().getStatus();
            // 404: no such ticket; 409: the ticket is closed (the AI holds the conversation again). Neither changes by
            // retrying, nor does a 400 or 422. Throttling and authentication troubles do.
            boolean permanent = OutboxEntry.finalAnswer(status);
            QuarkusTransaction.requiringNew().run(() -> failed(entryId, "HTTP " + status, permanent));
            metrics.counter("bot.customer.message.deliveries", "outcome", permanent ? "rejected" : "retry").increment();
            return false;
        } catch (RuntimeException e) {
            QuarkusTransaction.requiringNew().run(() -> failed(entryId, e.getClass().getSimpleName(), false));
            metrics.counter("bot.customer.message.deliveries", "outcome", "retry").increment();
            return false;
        }
    }

    /** The request to send, or null when there is none yet: the entry is done, or its hand-off has no ticket yet. */
    private Pending pending(UUID entryId) {
        CustomerMessageOutboxEntry entry = CustomerMessageOutboxEntry.findById(entryId);
        if (entry == null || entry.status != CustomerMessageOutboxEntry.Status.PENDING) {
            return null;
        }
        if (entry.ticketId == null && entry.handoffId != null) {
            HandoffOutboxEntry handoff = HandoffOutboxEntry.findById(entry.handoffId);
            if (handoff != null && handoff.status == HandoffOutboxEntry.Status.DELIVERED) {
                entry.ticketId = handoff.ticketId;
            } else if (handoff != null && handoff.status == HandoffOutboxEntry.Status.PENDING) {
                // Waits for its hand-off (HandoffService makes it due again the moment the ticket is known).
                entry.lastError = "waiting for the hand-off";
                entry.nextAttemptAt = clock.instant().plus(config.handoff().initialBackoff());
                return null;
            }
        }
        if (entry.ticketId == null) {
            reject(entry, "no ticket");
            return null;
        }
        return new Pending(entry.idempotencyKey, entry.ticketId, entry.body(sealer, CustomerMessageOutboxEntry.associatedData(entry.id)));
    }

    private void delivered(UUID entryId) {
        CustomerMessageOutboxEntry entry = CustomerMessageOutboxEntry.findById(entryId);
        if (entry == null) {
            return;
        }
        entry.delivered(clock.instant());
        entry.lastError = null;
    }

    private void failed(UUID entryId, String error, boolean permanent) {
        CustomerMessageOutboxEntry entry = CustomerMessageOutboxEntry.findById(entryId);
        if (entry == null) {
            return;
        }
        entry.failed(error, permanent, clock.instant(), config.handoff().initialBackoff(), config.handoff().maxBackoff());
        if (permanent) {
            logRejected(entry);
            return;
        }
        LOG.warnf("Customer message %s not relayed (attempt %d, %s); next attempt at %s", entry.id, entry.attempts, error,
                entry.nextAttemptAt);
    }

    private static void reject(CustomerMessageOutboxEntry entry, String error) {
        entry.reject(error);
        logRejected(entry);
    }

    private static void logRejected(CustomerMessageOutboxEntry entry) {
        // Ids only: never the text.
        LOG.errorf("Customer message %s not relayed (%s): the agent does not see it; it needs an operator", entry.id, entry.lastError);
    }

    private String serialize(CustomerMessage message) {
        try {
            return json.writeValueAsString(message);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialise a customer message", e);
        }
    }
}
