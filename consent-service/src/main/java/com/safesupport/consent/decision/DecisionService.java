package com.safesupport.consent.decision;

import com.safesupport.consent.purpose.PurposeCatalogue;
import com.safesupport.consent.purpose.PurposeView;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

/** Decides from the projection, the catalogue and the clock. Reads only; the ledger is never walked here. */
@ApplicationScoped
public class DecisionService {

    @Inject
    PurposeCatalogue catalogue;

    @Inject
    Clock clock;

    private final Map<ConsentState, Counter> decisions = new EnumMap<>(ConsentState.class);

    @Inject
    void metrics(MeterRegistry registry) {
        for (ConsentState state : ConsentState.values()) {
            decisions.put(state, registry.counter("consent_decisions_total", "state", state.name()));
        }
    }

    public Decision decide(String subjectId, String purposeCode) {
        PurposeView purpose = catalogue.require(purposeCode);
        Decision decision = decide(subjectId, purpose, CurrentConsent.of(subjectId, purposeCode), clock.instant());
        decisions.get(decision.state()).increment();
        return decision;
    }

    /** The rules: unanswered or answered under a notice older than the last material change is NOT_ASKED. */
    public static Decision decide(String subjectId, PurposeView purpose, CurrentConsent current, Instant now) {
        if (current == null || current.noticeVersion < purpose.reconsentFrom()) {
            return new Decision(subjectId, purpose.code(), false, ConsentState.NOT_ASKED, purpose.legalBasis(),
                    purpose.noticeVersion(), null, null, null);
        }
        ConsentState state = current.state;
        if (state == ConsentState.GIVEN && current.expiresAt != null && !now.isBefore(current.expiresAt)) {
            // Expired before the expiry job recorded it: already no longer allowed.
            state = ConsentState.EXPIRED;
        }
        return new Decision(subjectId, purpose.code(), state == ConsentState.GIVEN, state, purpose.legalBasis(),
                current.noticeVersion, current.decidedAt, current.expiresAt, current.evidenceEventId);
    }
}
