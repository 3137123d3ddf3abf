package com.safesupport.consent.purpose;

import java.time.Instant;
import java.time.Period;

/**
 * A purpose as callers see it, with its current notice.
 *
 * @param reconsentFrom consent recorded under an older notice version counts as NOT_ASKED
 */
public record PurposeView(String code, String name, String description, String dpvPurpose, String legalBasis,
                          String retention, String consentValidity, int noticeVersion, int reconsentFrom,
                          String noticeText, String noticeSha256, String noticeLanguage, Instant noticePublishedAt) {

    public boolean consentBased() {
        return "consent".equals(legalBasis);
    }

    public Period validity() {
        return Period.parse(consentValidity);
    }
}
