package com.safesupport.escalation.handoff;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.safesupport.escalation.customer.CustomerTier;
import com.safesupport.escalation.metrics.EscalationMetrics;
import com.safesupport.escalation.routing.Agent;
import com.safesupport.escalation.routing.Router;
import com.safesupport.escalation.routing.SupportQueue;
import com.safesupport.escalation.sla.SlaService;
import com.safesupport.escalation.sla.SlaTarget;
import com.safesupport.escalation.ticket.Ticket;
import com.safesupport.escalation.ticket.TicketChanged;
import com.safesupport.escalation.ticket.TicketContent;
import com.safesupport.escalation.ticket.TicketEvents;
import com.safesupport.escalation.ticket.TicketStatus;
import com.safesupport.platform.problem.DomainException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

/** Turns a hand-off from the bot into exactly one ticket per Idempotency-Key. */
@ApplicationScoped
public class HandoffService {

    /** The answer to a hand-off: 201 with a fresh ticket, or 200 replaying the first response. */
    public record Outcome(int status, String body, UUID ticketId) {
    }

    @Inject
    IdempotencyStore keys;

    @Inject
    PriorityPolicy priorities;

    @Inject
    Router router;

    @Inject
    SlaService sla;

    @Inject
    TicketContent content;

    @Inject
    TicketEvents events;

    @Inject
    EscalationMetrics metrics;

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    public Outcome handOff(String client, String key, HandoffRequest request) {
        String hash = hash(request);
        for (int attempt = 0; attempt < 3; attempt++) {
            IdempotencyStore.Claim claim = keys.claim(client, key, hash);
            if (claim instanceof IdempotencyStore.Replay replay) {
                metrics.idempotentReplay();
                return new Outcome(200, replay.body(), null);
            }
            UUID owner = ((IdempotencyStore.Owned) claim).owner();
            try {
                Outcome created = QuarkusTransaction.requiringNew().call(() -> create(client, key, owner, request));
                metrics.handoff(request.reasons().stream().distinct().map(Enum::name).toList());
                return created;
            } catch (IdempotencyStore.LostOwnership lost) {
                // Another request took the key over while this one was slow: answer as that one does.
                continue;
            } catch (RuntimeException e) {
                keys.release(client, key, owner);
                throw e;
            }
        }
        throw DomainException.conflict("idempotency-key-in-flight", "A request with this Idempotency-Key is being processed; retry shortly");
    }

    @Transactional
    public HandoffStatus status(UUID ticketId) {
        Ticket ticket = Ticket.findById(ticketId);
        if (ticket == null) {
            throw DomainException.notFound("Ticket " + ticketId);
        }
        SupportQueue queue = SupportQueue.findById(ticket.queueId);
        Agent agent = ticket.assignedAgentId == null ? null : Agent.findById(ticket.assignedAgentId);
        return new HandoffStatus(ticket.id, ticket.conversationId, ticket.status, queue.code, ticket.priority,
                agent == null ? null : agent.displayName, sla.firstResponseDue(ticket), ticket.firstResponseAt,
                SlaService.overall(SlaTarget.ofTicket(ticket.id)), ticket.updatedAt);
    }

    private Outcome create(String client, String key, UUID owner, HandoffRequest request) throws JsonProcessingException {
        Instant now = clock.instant();
        List<Reason> reasons = List.copyOf(new LinkedHashSet<>(request.reasons()));
        Router.Route queue = router.route(priorities.topic(reasons));

        Ticket ticket = new Ticket();
        ticket.id = UUID.randomUUID();
        ticket.conversationId = request.conversationId();
        ticket.subjectId = request.subjectId();
        ticket.queueId = queue.id();
        ticket.status = TicketStatus.NEW;
        ticket.basePriority = priorities.derive(reasons, CustomerTier.of(request.subjectId()));
        ticket.priority = ticket.basePriority;
        ticket.reasons = reasons.stream().map(Enum::name).toArray(String[]::new);
        ticket.requiredSkills = Router.requiredSkills(queue.skills(), request.language());
        ticket.locale = request.locale();
        ticket.channel = request.channel();
        ticket.decisionRecordIds = request.decisionRecordIds() == null ? new String[0] : request.decisionRecordIds().toArray(String[]::new);
        ticket.createdAt = now;
        ticket.updatedAt = now;
        List<TicketContent.Line> lines = new ArrayList<>();
        request.transcript().forEach(l -> lines.add(new TicketContent.Line(l.author(), l.text(), l.at())));
        content.seal(ticket, new TicketContent.Content(request.summary() == null ? "" : request.summary(), lines));
        ticket.persist();
        Instant firstResponseDue = sla.start(ticket, now);
        events.record(ticket, TicketChanged.CREATED, "client:" + client, "reasons=" + String.join(",", ticket.reasons));

        HandoffResponse response = new HandoffResponse(ticket.id, ticket.status, queue.code(), ticket.priority, firstResponseDue);
        String body = json.writeValueAsString(response);
        keys.complete(client, key, owner, ticket.id, 201, body);
        return new Outcome(201, body, ticket.id);
    }

    /** SHA-256 of the request as parsed, so whitespace and key order do not make "another body". */
    String hash(HandoffRequest request) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(json.writeValueAsString(request).getBytes(StandardCharsets.UTF_8)));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("Hand-off request could not be hashed", e);
        }
    }
}
