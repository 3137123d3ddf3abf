package com.safesupport.escalation.routing;

import com.safesupport.escalation.ticket.Ticket;
import com.safesupport.escalation.ticket.TicketStatus;
import com.safesupport.platform.problem.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** The agents: provisioning by supervisors, availability by the agents themselves; each method one transaction. */
@ApplicationScoped
public class AgentDirectory {

    public record AgentView(String username, String displayName, List<String> skills, int capacity,
                            Availability availability, List<String> queues, long load) {
    }

    /** What a supervisor provisions; {@code availability} null keeps the agent's current one. */
    public record Provisioning(String displayName, List<String> skills, int capacity, List<String> queues,
                               Availability availability) {
    }

    @Inject
    Staff staff;

    @Inject
    EntityManager em;

    @Inject
    Event<AgentChanged> changed;

    @Transactional
    public List<AgentView> list() {
        return Agent.<Agent>listAll().stream().sorted(Comparator.comparing(a -> a.username)).map(this::view).toList();
    }

    @Transactional
    public AgentView me() {
        return view(staff.requireAgent());
    }

    @Transactional
    public AgentView setMyAvailability(Availability availability) {
        Agent me = staff.requireAgent();
        me.availability = availability;
        changed.fire(new AgentChanged(me.username));
        return view(me);
    }

    @Transactional
    public AgentView provision(String username, Provisioning p) {
        Map<String, UUID> queueIds = SupportQueue.<SupportQueue>listAll().stream().collect(Collectors.toMap(q -> q.code, q -> q.id));
        List<String> unknown = p.queues().stream().filter(q -> !queueIds.containsKey(q)).toList();
        if (!unknown.isEmpty()) {
            throw DomainException.badRequest("unknown-queue", "Unknown queues: " + unknown);
        }
        Agent agent = Agent.byUsername(username).orElseGet(() -> {
            Agent created = new Agent();
            created.id = UUID.randomUUID();
            created.username = username;
            created.availability = Availability.OFFLINE;
            return created;
        });
        agent.displayName = p.displayName();
        agent.skills = p.skills().toArray(String[]::new);
        agent.capacity = p.capacity();
        if (p.availability() != null) {
            agent.availability = p.availability();
        }
        agent.persist();
        em.flush();
        em.createNativeQuery("delete from agent_queue where agent_id = ?1").setParameter(1, agent.id).executeUpdate();
        for (String code : Set.copyOf(p.queues())) {
            em.createNativeQuery("insert into agent_queue (agent_id, queue_id) values (?1, ?2)")
                    .setParameter(1, agent.id).setParameter(2, queueIds.get(code)).executeUpdate();
        }
        changed.fire(new AgentChanged(username));
        return view(agent);
    }

    /** The subject's open tickets held by the agent named (none when no such agent is provisioned), oldest first. */
    @Transactional
    public List<Ticket> heldFor(String subjectId, String username) {
        return Agent.byUsername(username)
                .map(agent -> Ticket.<Ticket>list("subjectId = ?1 and assignedAgentId = ?2 and status in ?3 order by createdAt",
                        subjectId, agent.id, TicketStatus.HELD))
                .orElse(List.of());
    }

    @Transactional
    public AgentView setCapacity(String username, int capacity) {
        Agent agent = Agent.byUsername(username).orElseThrow(() -> DomainException.notFound("Agent " + username));
        agent.capacity = capacity;
        changed.fire(new AgentChanged(username));
        return view(agent);
    }

    private AgentView view(Agent agent) {
        List<String> queues = new ArrayList<>();
        Set<UUID> ids = Staff.queuesOf(em, agent.id);
        SupportQueue.<SupportQueue>listAll().stream().filter(q -> ids.contains(q.id)).map(q -> q.code).sorted().forEach(queues::add);
        long load = Ticket.count("assignedAgentId = ?1 and status in ?2", agent.id, TicketStatus.HELD);
        return new AgentView(agent.username, agent.displayName, List.of(agent.skills), agent.capacity, agent.availability, queues, load);
    }
}
