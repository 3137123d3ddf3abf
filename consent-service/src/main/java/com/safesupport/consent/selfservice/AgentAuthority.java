package com.safesupport.consent.selfservice;

import com.safesupport.consent.config.ConsentConfig;
import com.safesupport.platform.identity.Caller;
import com.safesupport.platform.identity.Roles;
import com.safesupport.platform.problem.DomainException;
import io.quarkus.oidc.client.OidcClientException;
import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;

import java.net.URI;
import java.util.concurrent.TimeUnit;

/**
 * The agent-consent rule of DESIGN.md: staff record a customer's consent answer only with an authority, and the
 * ledger event names it. Either the caller holds {@link Roles#CONSENT_RECORDER} ({@code role:consent-recorder}), or
 * they are an agent holding an open ticket for that very subject ({@code ticket:<ticketId>}, asked of
 * escalation-service at the moment of recording). Anything else is 403; escalation-service not answering is 503
 * (fail closed: no answer, no authority).
 */
@ApplicationScoped
public class AgentAuthority {

    private static final Logger LOG = Logger.getLogger("com.safesupport.security");

    @Inject
    ConsentConfig config;

    @Inject
    JsonWebToken token;

    private volatile HeldTicketsApi api;

    /** The authority under which the caller records this subject's answer on their behalf. */
    public String require(Caller caller, String subjectId) {
        if (caller.hasRole(Roles.CONSENT_RECORDER)) {
            return "role:" + Roles.CONSENT_RECORDER;
        }
        if (!caller.hasRole(Roles.AGENT)) {
            throw DomainException.forbidden("A customer may only reach their own subject");
        }
        String agent = token.getClaim("preferred_username");
        if (agent == null) {
            agent = caller.subject();
        }
        HeldTicketsApi.HeldTickets held = held(subjectId, agent);
        if (held == null || held.tickets() == null || held.tickets().isEmpty()) {
            LOG.info("Refused (403) an agent recording consent for a subject they hold no open ticket for");
            throw DomainException.forbidden("An agent records a customer's consent only while holding an open ticket "
                    + "for that customer; ask a colleague with the consent-recorder role otherwise");
        }
        return "ticket:" + held.tickets().getFirst().ticketId();
    }

    private HeldTicketsApi.HeldTickets held(String subjectId, String agent) {
        try {
            return api().held(subjectId, agent);
        } catch (WebApplicationException e) {
            LOG.warnf("escalation-service answered %d to the held-tickets check", e.getResponse().getStatus());
            throw unavailable();
        } catch (ProcessingException e) {
            LOG.warnf("escalation-service did not answer the held-tickets check: %s", e.getClass().getSimpleName());
            throw unavailable();
        } catch (OidcClientException e) {
            // No service token (the identity provider refused or did not answer): the check cannot be made, which is
            // the same for the agent as escalation-service being down, not an internal error.
            LOG.warnf("no service token for the held-tickets check: %s", e.getMessage());
            throw unavailable();
        }
    }

    private static DomainException unavailable() {
        return new DomainException(503, "ticket-check-unavailable", "Service Unavailable",
                "Whether you hold a ticket for this customer cannot be checked right now; try again shortly");
    }

    private HeldTicketsApi api() {
        HeldTicketsApi current = api;
        if (current == null) {
            ConsentConfig.PeerService peer = config.services().get("escalation");
            current = QuarkusRestClientBuilder.newBuilder()
                    .baseUri(URI.create(peer.url()))
                    .connectTimeout(peer.timeout().toMillis(), TimeUnit.MILLISECONDS)
                    .readTimeout(peer.timeout().toMillis(), TimeUnit.MILLISECONDS)
                    .build(HeldTicketsApi.class);
            api = current;
        }
        return current;
    }
}
