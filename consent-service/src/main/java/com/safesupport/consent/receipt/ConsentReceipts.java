package com.safesupport.consent.receipt;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.safesupport.consent.config.ConsentConfig;
import com.safesupport.consent.ledger.ConsentEvent;
import com.safesupport.consent.ledger.EventDetails;
import com.safesupport.consent.ledger.LedgerChain;
import com.safesupport.consent.purpose.PurposeCatalogue;
import com.safesupport.consent.purpose.PurposeView;
import com.safesupport.platform.problem.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Consent receipts after the Kantara Initiative Consent Receipt Specification v1.1, as JWT claims signed by
 * {@link ReceiptSigner}. Beside the Kantara fields a receipt names the ledger link it proves
 * ({@code ledgerSeq}, {@code ledgerHash}) and the notice text's SHA-256. docs/consent.md maps the fields to
 * ISO/IEC TS 27560.
 */
@ApplicationScoped
public class ConsentReceipts {

    public static final String VERSION = "KI-CR-v1.1.0";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    ReceiptSigner signer;

    @Inject
    PurposeCatalogue catalogue;

    @Inject
    ConsentConfig config;

    /** The signed receipt of a ledger event; 410 once the subject was erased. */
    public String receiptOf(ConsentEvent event) {
        if (event.payload == null) {
            throw new DomainException(410, "erased", "Gone", "The consent event was erased; its receipt can no longer be issued");
        }
        return signer.sign(claims(LedgerChain.details(event.payload), event));
    }

    String claims(EventDetails e, ConsentEvent link) {
        PurposeView purpose = catalogue.require(e.purpose());
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("iss", config.receipts().issuer());
        c.put("sub", e.subjectId());
        c.put("jti", e.eventId().toString());
        c.put("iat", e.occurredAt().getEpochSecond());
        c.put("version", VERSION);
        c.put("jurisdiction", e.jurisdiction());
        c.put("consentTimestamp", e.occurredAt().getEpochSecond());
        c.put("collectionMethod", e.collectionMethod());
        c.put("consentReceiptID", e.eventId().toString());
        c.put("language", e.language());
        c.put("piiPrincipalId", e.subjectId());
        c.put("piiControllers", List.of(Map.of(
                "piiController", config.receipts().controllerName(),
                "contact", config.receipts().controllerContact(),
                "email", config.receipts().controllerContact(),
                "onBehalf", false)));
        c.put("policyUrl", config.receipts().policyUrl());
        c.put("services", List.of(Map.of(
                "service", "AI customer support",
                "purposes", List.of(purposeClaims(e, purpose)))));
        c.put("sensitive", false);
        c.put("spiCat", List.of());
        // Extensions: the state this receipt proves and where in the ledger it lives.
        c.put("consentState", e.kind().name());
        c.put("noticeVersion", e.noticeVersion());
        c.put("noticeSha256", e.noticeSha256());
        c.put("recordedOnBehalf", e.onBehalf());
        if (e.expiresAt() != null) {
            c.put("consentExpiresAt", e.expiresAt().getEpochSecond());
        }
        c.put("ledgerSeq", link.seq);
        c.put("ledgerHash", link.hash);
        try {
            return JSON.writeValueAsString(c);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private static Map<String, Object> purposeClaims(EventDetails e, PurposeView purpose) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("purpose", purpose.description());
        p.put("purposeCode", purpose.code());
        p.put("purposeCategory", List.of(purpose.dpvPurpose()));
        p.put("consentType", "EXPLICIT");
        p.put("piiCategory", List.of("support conversation content (redacted)", "customer identifier"));
        p.put("primaryPurpose", "ai-assistance".equals(purpose.code()));
        p.put("termination", "Valid for " + purpose.consentValidity() + " or until withdrawn; data kept for "
                + purpose.retention());
        p.put("thirdPartyDisclosure", false);
        p.put("legalBasis", purpose.legalBasis());
        return p;
    }

    public record VerifiedReceipt(boolean valid, String keyId, boolean matchesLedger, Map<String, Object> claims, String reason) {
    }

    /** Checks the signature, then that the ledger still holds the link the receipt names. */
    public VerifiedReceipt verify(String compact) {
        String payload = signer.verify(compact);
        if (payload == null) {
            return new VerifiedReceipt(false, null, false, null, "signature does not verify with this service's receipt key");
        }
        Map<String, Object> claims;
        try {
            claims = JSON.readValue(payload, new TypeReference<LinkedHashMap<String, Object>>() {
            });
        } catch (JsonProcessingException ex) {
            return new VerifiedReceipt(false, signer.keyId(), false, null, "payload is not JSON");
        }
        boolean matches = false;
        try {
            ConsentEvent event = ConsentEvent.byEventId(UUID.fromString(String.valueOf(claims.get("consentReceiptID"))));
            matches = event != null && event.hash.equals(claims.get("ledgerHash"));
        } catch (IllegalArgumentException ignored) {
            // not a UUID: cannot be in the ledger
        }
        return new VerifiedReceipt(true, signer.keyId(), matches, claims, matches ? null : "the ledger holds no such link");
    }
}
