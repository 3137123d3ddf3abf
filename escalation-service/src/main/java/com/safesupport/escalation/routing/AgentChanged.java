package com.safesupport.escalation.routing;

/** An agent's availability, capacity or queues changed; observed after commit to re-run assignment. */
public record AgentChanged(String username) {
}
