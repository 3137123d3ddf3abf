package com.safesupport.escalation.customer;

import com.safesupport.escalation.config.EscalationConfig;
import com.safesupport.platform.problem.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.Locale;

/** Customers' service tiers: which tier a customer has, and how many priority steps it is worth. */
@ApplicationScoped
public class CustomerTiers {

    public record TierView(String subjectId, String tier, int prioritySteps) {
    }

    @Inject
    EscalationConfig config;

    @Inject
    Clock clock;

    /** The customer's tier; 404 when none is set. */
    @Transactional
    public TierView of(String subjectId) {
        String tier = CustomerTier.of(subjectId);
        if (tier == null) {
            throw DomainException.notFound("A tier for this customer");
        }
        return view(subjectId, tier);
    }

    /** Sets the customer's tier, one of the configured ones (400 {@code unknown-tier} otherwise). */
    @Transactional
    public TierView set(String subjectId, String requested) {
        String tier = requested.toLowerCase(Locale.ROOT);
        if (!config.priority().tiers().containsKey(tier)) {
            throw DomainException.badRequest("unknown-tier", "Known tiers: " + config.priority().tiers().keySet());
        }
        CustomerTier row = CustomerTier.findById(subjectId);
        if (row == null) {
            row = new CustomerTier();
            row.subjectId = subjectId;
            row.tier = tier;
            row.updatedAt = clock.instant();
            row.persist();
        } else {
            row.tier = tier;
            row.updatedAt = clock.instant();
        }
        return view(subjectId, tier);
    }

    private TierView view(String subjectId, String tier) {
        return new TierView(subjectId, tier, config.priority().tiers().getOrDefault(tier, 0));
    }
}
