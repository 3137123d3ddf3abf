package com.safesupport.bot.handoff;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Delivers hand-offs to escalation-service. Retrying is safe because of the Idempotency-Key: a repeat with the
 * same key and body returns the same ticket (a customer message: appends nothing more). Failures propagate; the outbox keeps the hand-off for later.
 */
@ApplicationScoped
public class EscalationClient {

    @Inject
    @RestClient
    EscalationApi api;

    @Timeout(value = 3000)
    @Retry(maxRetries = 1, delay = 100, abortOn = jakarta.ws.rs.ClientErrorException.class)
    @CircuitBreaker(requestVolumeThreshold = 6, failureRatio = 0.5, delay = 10_000,
            skipOn = jakarta.ws.rs.ClientErrorException.class)
    public HandoffTicket deliver(String idempotencyKey, String body) {
        HandoffTicket ticket;
        try {
            ticket = api.create(idempotencyKey, body);
        } catch (jakarta.ws.rs.WebApplicationException e) {
            throw finalIfClientError(e);
        }
        // A 2xx without a ticket is no delivery: kept for a retry (the same key returns the same ticket), never marked
        // delivered without one (the conversation would never learn its ticket and its messages would not follow).
        if (ticket == null || ticket.ticketId() == null || ticket.ticketId().isBlank()) {
            throw new jakarta.ws.rs.ProcessingException("escalation-service answered without a ticket id");
        }
        return ticket;
    }

    /** Relays a customer message to a ticket; safe to retry for the same reason (its own Idempotency-Key). */
    @Timeout(value = 3000)
    @Retry(maxRetries = 1, delay = 100, abortOn = jakarta.ws.rs.ClientErrorException.class)
    @CircuitBreaker(requestVolumeThreshold = 6, failureRatio = 0.5, delay = 10_000,
            skipOn = jakarta.ws.rs.ClientErrorException.class)
    public void relay(String ticketId, String idempotencyKey, String body) {
        try {
            api.customerMessage(ticketId, idempotencyKey, body);
        } catch (jakarta.ws.rs.WebApplicationException e) {
            throw finalIfClientError(e);
        }
    }

    /**
     * The REST client throws its own WebApplicationException for every status; a 4xx as ClientErrorException makes
     * {@code @Retry} abort and the breaker skip it, and lets the outboxes tell final answers from passing ones
     * (before this, a hand-off that escalation-service refused with 400 or 422 was retried for ever).
     */
    private static RuntimeException finalIfClientError(jakarta.ws.rs.WebApplicationException e) {
        if (e.getResponse() != null && e.getResponse().getStatus() >= 400 && e.getResponse().getStatus() < 500
                && !(e instanceof jakarta.ws.rs.ClientErrorException)) {
            return new jakarta.ws.rs.ClientErrorException(e.getMessage(), e.getResponse(), e);
        }
        return e;
    }
}
