package com.safesupport.bot.consent;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.Instant;

/** consent-service's answer for one subject and purpose. Only {@code GIVEN}, unexpired, allows. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ConsentDecision(String subjectId, String purpose, boolean allowed, String state, String legalBasis,
                              String noticeVersion, Instant decidedAt, Instant expiresAt, String evidenceEventId) {
}
