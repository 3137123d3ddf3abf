package com.safesupport.consent.selfservice;

import com.safesupport.consent.decision.ConsentState;
import com.safesupport.consent.decision.CurrentConsent;
import com.safesupport.consent.decision.Decision;
import com.safesupport.consent.decision.DecisionService;
import com.safesupport.consent.ledger.ConsentEvent;
import com.safesupport.consent.ledger.ConsentLedger;
import com.safesupport.consent.ledger.EventDetails;
import com.safesupport.consent.ledger.EventKind;
import com.safesupport.consent.ledger.LedgerChain;
import com.safesupport.consent.purpose.PurposeNotice;
import com.safesupport.consent.purpose.PurposeCatalogue;
import com.safesupport.consent.purpose.PurposeView;
import com.safesupport.consent.receipt.ConsentReceipts;
import com.safesupport.platform.problem.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import com.fasterxml.jackson.annotation.JsonIgnore;
import io.quarkus.narayana.jta.QuarkusTransaction;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Records consent answers: one ledger event and the projection update in one transaction, then the receipt.
 */
@ApplicationScoped
public class ConsentService {

    @Inject
    ConsentLedger ledger;

    @Inject
    PurposeCatalogue catalogue;

    @Inject
    ConsentReceipts receipts;

    @Inject
    Clock clock;

    /** How and by whom an answer was collected. */
    /** @param actorAuthority what let staff record it on the subject's behalf (DESIGN.md agent-consent rule) */
    public record Collection(String channel, String jurisdiction, String collectionMethod, String language,
                             String actorId, String actorRole, boolean onBehalf, String reason, String actorAuthority) {

        public Collection(String channel, String jurisdiction, String collectionMethod, String language,
                          String actorId, String actorRole, boolean onBehalf, String reason) {
            this(channel, jurisdiction, collectionMethod, language, actorId, actorRole, onBehalf, reason, null);
        }
    }

    /**
     * @param changed false when nothing needed recording (withdrawing what was not given)
     * @param receipt the signed receipt of the event, absent when nothing changed
     */
    public record Recorded(boolean changed, UUID eventId, Decision decision, String receipt,
                           @JsonIgnore ConsentEvent event) {
    }

    /** A customer's answer to the notice they were shown: GIVEN or REFUSED. */
    public Recorded answer(String subjectId, String purposeCode, EventKind answer, Integer noticeVersion, Collection how) {
        if (answer != EventKind.GIVEN && answer != EventKind.REFUSED) {
            throw DomainException.badRequest("invalid-answer", "An answer is GIVEN or REFUSED; withdraw with DELETE");
        }
        PurposeView purpose = catalogue.require(purposeCode);
        if (noticeVersion == null || noticeVersion != purpose.noticeVersion()) {
            throw DomainException.conflict("stale-notice", "The answer must refer to the current notice version "
                    + purpose.noticeVersion() + " of this purpose");
        }
        Recorded recorded = QuarkusTransaction.joiningExisting().call(() -> {
            Instant now = clock.instant();
            Instant expires = answer == EventKind.GIVEN
                    ? now.atZone(ZoneOffset.UTC).plus(purpose.validity()).toInstant() : null;
            ConsentEvent event = append(subjectId, purpose, answer, purpose.noticeVersion(), how, now, expires);
            return recorded(subjectId, purpose, event);
        });
        return withReceipt(recorded);
    }

    /** Withdraws a given consent: one call, no questions. Withdrawing what is not given records nothing. */
    public Recorded withdraw(String subjectId, String purposeCode, Collection how) {
        PurposeView purpose = catalogue.require(purposeCode);
        Recorded recorded = QuarkusTransaction.joiningExisting().call(() -> {
            CurrentConsent current = CurrentConsent.of(subjectId, purposeCode);
            if (current == null || current.state != ConsentState.GIVEN) {
                return new Recorded(false, null, DecisionService.decide(subjectId, purpose, current, clock.instant()), null, null);
            }
            ConsentEvent event = append(subjectId, purpose, EventKind.WITHDRAWN, current.noticeVersion, how, clock.instant(), null);
            return recorded(subjectId, purpose, event);
        });
        return withReceipt(recorded);
    }

    /** Withdraws every consent-based purpose the subject has given (an objection, GDPR Art. 21). */
    @Transactional
    public List<UUID> withdrawAll(String subjectId, Collection how) {
        List<UUID> events = new ArrayList<>();
        for (CurrentConsent current : CurrentConsent.ofSubject(subjectId)) {
            PurposeView purpose = catalogue.require(current.purposeCode);
            if (current.state == ConsentState.GIVEN && purpose.consentBased()) {
                events.add(append(subjectId, purpose, EventKind.WITHDRAWN, current.noticeVersion, how, clock.instant(), null).eventId);
            }
        }
        return events;
    }

    /** Records the expiry of a GIVEN consent whose validity ended. */
    @Transactional
    public boolean expire(String subjectId, String purposeCode) {
        CurrentConsent current = CurrentConsent.of(subjectId, purposeCode);
        Instant now = clock.instant();
        if (current == null || current.state != ConsentState.GIVEN || current.expiresAt == null || now.isBefore(current.expiresAt)) {
            return false;
        }
        PurposeView purpose = catalogue.require(purposeCode);
        append(subjectId, purpose, EventKind.EXPIRED, current.noticeVersion,
                new Collection("system", null, "validity-ended", null, "consent-service", "system", false, "consent validity ended"),
                now, null);
        return true;
    }

    private ConsentEvent append(String subjectId, PurposeView purpose, EventKind kind, int noticeVersion, Collection how,
                                Instant at, Instant expires) {
        String noticeSha = noticeVersion == purpose.noticeVersion() ? purpose.noticeSha256()
                : PurposeNotice.find(purpose.code(), noticeVersion).sha256;
        EventDetails details = new EventDetails(UUID.randomUUID(), subjectId, purpose.code(), kind, noticeVersion, noticeSha,
                how.channel(), how.jurisdiction(), how.collectionMethod(), how.actorId(), how.actorRole(), how.onBehalf(),
                how.language(), at, expires, how.reason(), how.actorAuthority());
        ConsentEvent event = ledger.append(details);
        project(event, noticeVersion, expires);
        return event;
    }

    private static void project(ConsentEvent event, int noticeVersion, Instant expires) {
        CurrentConsent current = CurrentConsent.of(event.subjectId, event.purposeCode);
        boolean first = current == null;
        if (first) {
            current = new CurrentConsent();
            current.subjectId = event.subjectId;
            current.purposeCode = event.purposeCode;
        }
        current.state = ConsentState.valueOf(event.kind.name());
        current.noticeVersion = noticeVersion;
        current.decidedAt = event.occurredAt;
        current.expiresAt = expires == null ? null : LedgerChain.truncate(expires);
        current.evidenceEventId = event.eventId;
        if (first) {
            current.persist();
        }
    }

    private Recorded recorded(String subjectId, PurposeView purpose, ConsentEvent event) {
        Decision decision = DecisionService.decide(subjectId, purpose, CurrentConsent.of(subjectId, purpose.code()), clock.instant());
        return new Recorded(true, event.eventId, decision, null, event);
    }

    /** Signs after the commit: the ledger's append lock is never held while signing. */
    private Recorded withReceipt(Recorded recorded) {
        if (recorded.event() == null) {
            return recorded;
        }
        return new Recorded(true, recorded.eventId(), recorded.decision(), receipts.receiptOf(recorded.event()), null);
    }
}
