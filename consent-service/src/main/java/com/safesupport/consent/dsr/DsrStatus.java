package com.safesupport.consent.dsr;

import java.util.EnumSet;
import java.util.Set;

/** RECEIVED → VERIFIED → IN_PROGRESS → COMPLETED | PARTIALLY_COMPLETED | REJECTED. */
public enum DsrStatus {
    RECEIVED, VERIFIED, IN_PROGRESS, COMPLETED, PARTIALLY_COMPLETED, REJECTED;

    /** Still owed to the subject: counts towards the deadline. */
    public static final Set<DsrStatus> OPEN = EnumSet.of(RECEIVED, VERIFIED, IN_PROGRESS, PARTIALLY_COMPLETED);
}
