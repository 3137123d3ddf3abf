package com.safesupport.consent.subjectdata;

import com.safesupport.consent.decision.CurrentConsent;
import com.safesupport.consent.ledger.ConsentEvent;
import com.safesupport.consent.ledger.ConsentLedger;
import com.safesupport.consent.ledger.LedgerChain;
import com.safesupport.platform.subject.SubjectDataProvider;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What consent-service itself holds about a subject, in the shapes of DESIGN.md's subject-data contract.
 * Data-subject requests keep their own records (the proof of having answered) and are reported, not erased.
 */
@ApplicationScoped
public class OwnSubjectData implements SubjectDataProvider {

    public static final String SERVICE = "consent-service";

    @Inject
    ConsentLedger ledger;

    @Override
    public String service() {
        return SERVICE;
    }

    @Override
    @Transactional
    public Map<String, Object> records(String subjectId) {
        Map<String, Object> records = new LinkedHashMap<>();
        records.put("currentConsents", CurrentConsent.ofSubject(subjectId).stream()
                .map(c -> Map.of("purpose", c.purposeCode, "state", c.state.name(), "noticeVersion", c.noticeVersion,
                        "decidedAt", c.decidedAt.toString(), "evidenceEventId", c.evidenceEventId.toString()))
                .toList());
        List<Map<String, Object>> events = ConsentEvent.ofSubject(subjectId).stream()
                .map(e -> {
                    Map<String, Object> event = new LinkedHashMap<>(LedgerChain.parse(e.payload));
                    event.put("ledgerSeq", e.seq);
                    event.put("ledgerHash", e.hash);
                    return event;
                })
                .toList();
        records.put("consentEvents", events);
        return records;
    }

    /** Drops the subject from the projection and the ledger's payloads; hashes stay, so the chain still verifies. */
    @Override
    @Transactional
    public Map<String, Long> erase(String subjectId) {
        long states = CurrentConsent.delete("subjectId", subjectId);
        long events = ledger.eraseSubject(subjectId);
        Map<String, Long> erased = new LinkedHashMap<>();
        erased.put("consentEvents", events);
        erased.put("currentConsents", states);
        return erased;
    }
}
