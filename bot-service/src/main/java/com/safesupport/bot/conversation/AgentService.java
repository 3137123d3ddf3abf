package com.safesupport.bot.conversation;

import com.safesupport.bot.redaction.Redacted;
import com.safesupport.bot.redaction.RedactionUnavailable;
import com.safesupport.bot.redaction.Redactor;
import com.safesupport.platform.problem.DomainException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.util.UUID;

/**
 * What escalation-service does to a conversation: an agent's reply, and control handed back to the AI.
 * Agent text is redacted like every other transcript line before it is stored.
 */
@ApplicationScoped
public class AgentService {

    @Inject
    Transcript transcript;

    @Inject
    com.safesupport.bot.config.BotConfig config;

    @Inject
    Redactor redactor;

    @Inject
    Clock clock;

    /** An agent's reply as stored, and whether it had been stored already by an earlier delivery of the same key. */
    public record Delivery(Views.Reply reply, boolean replayed) {
    }

    /**
     * Stores an agent's reply relayed by escalation-service. With an {@code Idempotency-Key}, a redelivery of a reply
     * already stored (the relay's first attempt timed out after we committed) returns the stored one instead of
     * showing the customer the same reply twice.
     */
    public Delivery agentMessage(UUID id, Views.AgentMessageRequest request, String idempotencyKey) {
        String key = idempotencyKey == null || idempotencyKey.isBlank() ? null : idempotencyKey.strip();
        if (key != null && key.length() > 200) {
            throw DomainException.badRequest("idempotency-key-too-long", "The Idempotency-Key is longer than 200 characters");
        }
        if (key != null) {
            java.util.Optional<Views.Reply> stored = QuarkusTransaction.requiringNew().call(() -> replayOf(id, key));
            if (stored.isPresent()) {
                return new Delivery(stored.get(), true);
            }
        }
        return store(id, request, key);
    }

    private java.util.Optional<Views.Reply> replayOf(UUID id, String key) {
        return Message.delivered(id, key).map(m -> {
            Conversation c = Conversation.findById(id);
            return new Views.Reply(m.id, id, m.author.name(), transcript.open(m), m.kind.name(), java.util.List.of(), null,
                    c == null ? null : new Views.HandoffRef(c.ticketId, c.handoffStatus), null);
        });
    }

    private Delivery store(UUID id, Views.AgentMessageRequest request, String key) {
        if (request == null || request.text() == null || request.text().isBlank()) {
            throw DomainException.badRequest("empty-message", "The agent message has no text");
        }
        if (request.ticketId() == null || request.ticketId().isBlank()) {
            throw DomainException.badRequest("missing-ticket", "ticketId is required");
        }
        Conversation snapshot = QuarkusTransaction.requiringNew().call(() -> held(id, request.ticketId()));
        Redacted redacted;
        try {
            redacted = redactor.pseudonymize(request.text(), id.toString(), snapshot.subjectId,
                    com.safesupport.bot.isolation.Deadline.of(config.isolation().redactionTimeout()));
        } catch (com.safesupport.bot.redaction.RedactionRejectedInput e) {
            // Retrying the same text will not help: a permanent refusal, so escalation's outbox stops resending it.
            throw new DomainException(422, "redaction-deadline", "Unprocessable Content",
                    "The message could not be redacted in time and was not stored; shorten it and send it again");
        } catch (RedactionUnavailable e) {
            throw new DomainException(503, "redaction-unavailable", "Service Unavailable",
                    "The message could not be redacted and was not stored; retry later");
        }
        return QuarkusTransaction.requiringNew().call(() -> {
            Conversation c = held(id, request.ticketId());
            Conversation locked = Conversation.locked(c.id);
            if (key != null) {
                // Two deliveries of one key raced past the first check: the conversation lock orders them.
                java.util.Optional<Views.Reply> stored = replayOf(id, key);
                if (stored.isPresent()) {
                    return new Delivery(stored.get(), true);
                }
            }
            locked.ticketId = request.ticketId();
            locked.handoffStatus = "AGENT_REPLIED";
            locked.lastActivityAt = clock.instant();
            locked.addTags(redacted.entitiesOrEmpty().stream().map(Redacted.Entity::replacement).toList());
            Message m = transcript.append(locked, Message.Author.AGENT, Message.Kind.AGENT_REPLY, redacted.text());
            m.deliveryKey = key;
            return new Delivery(new Views.Reply(m.id, id, m.author.name(), redacted.text(), m.kind.name(), java.util.List.of(), null,
                    new Views.HandoffRef(locked.ticketId, locked.handoffStatus), null), false);
        });
    }

    public Views.ConversationView handback(UUID id, Views.HandbackRequest request) {
        if (request == null || request.ticketId() == null || request.ticketId().isBlank()) {
            throw DomainException.badRequest("missing-ticket", "ticketId is required");
        }
        return QuarkusTransaction.requiringNew().call(() -> {
            Conversation c = Conversation.locked(id);
            if (c == null) {
                throw DomainException.notFound("Conversation");
            }
            if (!c.heldByHuman()) {
                // Handing back twice is harmless: the AI already holds it.
                return transcript.view(c);
            }
            checkTicket(c, request.ticketId());
            c.control = Conversation.Control.AI;
            c.ticketId = request.ticketId();
            c.handoffStatus = "HANDED_BACK";
            c.unhelpfulStreak = 0;
            c.negativeStreak = 0;
            c.lastActivityAt = clock.instant();
            transcript.append(c, Message.Author.SYSTEM, Message.Kind.HANDBACK,
                    "Our team member has handed this conversation back to the AI assistant. You can ask for a person again at any time.");
            return transcript.view(c);
        });
    }

    private Conversation held(UUID id, String ticketId) {
        Conversation c = Conversation.findById(id);
        if (c == null) {
            throw DomainException.notFound("Conversation");
        }
        if (!c.heldByHuman()) {
            throw DomainException.conflict("not-held-by-human", "The AI holds this conversation; hand-off first");
        }
        checkTicket(c, ticketId);
        return c;
    }

    private static void checkTicket(Conversation c, String ticketId) {
        // Before the outbox delivery is confirmed the bot may not know the ticket id yet: the first one wins.
        if (c.ticketId != null && !c.ticketId.equals(ticketId)) {
            throw DomainException.conflict("ticket-mismatch", "This conversation is held under another ticket");
        }
    }
}
