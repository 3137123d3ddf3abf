package com.safesupport.bot.consent;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.quarkus.runtime.annotations.RegisterForReflection;

import java.time.Instant;

/** consent-service's answer for one subject and purpose. Only {@code GIVEN}, unexpired, allows. */
@JsonIgnoreProperties(ignoreUnknown = true)
// Read from a plain Response (ConsentGate needs the ETag and status): the REST client does not register it, and the
// native executable failed closed on every consent check without this.
@RegisterForReflection
public record ConsentDecision(String subjectId, String purpose, boolean allowed, String state, String legalBasis,
                              String noticeVersion, Instant decidedAt, Instant expiresAt, String evidenceEventId) {
}
