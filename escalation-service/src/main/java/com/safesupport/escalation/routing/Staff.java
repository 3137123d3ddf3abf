package com.safesupport.escalation.routing;

import com.safesupport.escalation.ticket.Ticket;
import com.safesupport.platform.identity.Caller;
import com.safesupport.platform.identity.Roles;
import com.safesupport.platform.problem.DomainException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The human calling: an agent (known by the token's {@code preferred_username}, provisioned by a supervisor or the
 * seed) or a supervisor. Agents see tickets of their queues and tickets assigned to them; supervisors see all.
 */
@RequestScoped
public class Staff {

    private static final org.jboss.logging.Logger REFUSALS = org.jboss.logging.Logger.getLogger("com.safesupport.security");

    @Inject
    Caller caller;

    @Inject
    JsonWebToken token;

    @Inject
    EntityManager em;

    private Optional<Agent> agent;
    private Set<UUID> queues;

    public boolean isSupervisor() {
        return caller.hasRole(Roles.SUPERVISOR);
    }

    public String username() {
        String name = token.getClaim("preferred_username");
        return name == null ? caller.subject() : name;
    }

    /** The caller's agent record, if a supervisor (or the seed) provisioned their username. */
    public Optional<Agent> agent() {
        if (agent == null) {
            agent = Agent.byUsername(username());
        }
        return agent;
    }

    /** The caller's agent record; 403 for an agent whom no supervisor provisioned. */
    public Agent requireAgent() {
        return agent().orElseThrow(() -> refuse("caller is not a provisioned agent", "You are not provisioned as an agent; ask a supervisor"));
    }

    /** A refusal decided here rather than by @RolesAllowed: logged like the platform's, without names or ids. */
    public DomainException refuse(String why, String detail) {
        REFUSALS.infof("Refused (403) %s: roles %s", why, caller.roles());
        return DomainException.forbidden(detail);
    }

    /** Agents must be provisioned; supervisors pass without. */
    public void requireStaff() {
        if (!isSupervisor()) {
            requireAgent();
        }
    }

    public Set<UUID> queueIds() {
        if (queues == null) {
            queues = agent().map(a -> queuesOf(em, a.id)).orElse(Set.of());
        }
        return queues;
    }

    public boolean maySee(Ticket ticket) {
        if (isSupervisor()) {
            return true;
        }
        Optional<Agent> me = agent();
        return me.isPresent() && (queueIds().contains(ticket.queueId) || me.get().id.equals(ticket.assignedAgentId));
    }

    public boolean maySeeQueue(UUID queueId) {
        return isSupervisor() || queueIds().contains(queueId);
    }

    /** How events name this caller: role and username, never a customer's data. */
    public String actor() {
        return (isSupervisor() ? "supervisor:" : "agent:") + username();
    }

    public String displayName() {
        return agent().map(a -> a.displayName).orElse(username());
    }

    @SuppressWarnings("unchecked")
    public static Set<UUID> queuesOf(EntityManager em, UUID agentId) {
        List<UUID> ids = em.createNativeQuery("select queue_id from agent_queue where agent_id = ?1", UUID.class)
                .setParameter(1, agentId).getResultList();
        return new HashSet<>(ids);
    }
}
