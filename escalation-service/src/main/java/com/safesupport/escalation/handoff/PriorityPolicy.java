package com.safesupport.escalation.handoff;

import com.safesupport.escalation.config.EscalationConfig;
import com.safesupport.escalation.ticket.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Collection;
import java.util.Locale;

/**
 * Priority of a new ticket: NORMAL, one step up for each of SENSITIVE_TOPIC, NEGATIVE_SENTIMENT and
 * REPEATED_FAILURE, LOW for a decision review alone, then the customer tier's steps
 * ({@code escalation.priority.tiers.<tier>}). Waiting time raises it later ({@code SlaMonitor}).
 */
@ApplicationScoped
public class PriorityPolicy {

    @Inject
    EscalationConfig config;

    public Priority derive(Collection<Reason> reasons, String tier) {
        int steps = 0;
        for (Reason reason : reasons) {
            if (reason == Reason.SENSITIVE_TOPIC || reason == Reason.NEGATIVE_SENTIMENT || reason == Reason.REPEATED_FAILURE) {
                steps++;
            }
        }
        if (reasons.stream().allMatch(r -> r == Reason.DECISION_REVIEW)) {
            steps--;
        }
        if (tier != null) {
            steps += config.priority().tiers().getOrDefault(tier.toLowerCase(Locale.ROOT), 0);
        }
        return Priority.NORMAL.raisedBy(steps);
    }

    /** The topic a ticket is routed by. */
    public String topic(Collection<Reason> reasons) {
        if (reasons.contains(Reason.SENSITIVE_TOPIC)) {
            return "sensitive";
        }
        if (reasons.contains(Reason.DECISION_REVIEW)) {
            return "review";
        }
        return "general";
    }
}
