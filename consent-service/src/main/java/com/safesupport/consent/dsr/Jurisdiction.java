package com.safesupport.consent.dsr;

import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;

/**
 * Response deadlines: GDPR Art. 12(3) one month, extendable once by two months; CCPA/CPRA (Cal. Civ. Code
 * 1798.130) 45 days, extendable once by 45 days, with receipt confirmed.
 */
public enum Jurisdiction {
    GDPR(Period.ofMonths(1), Period.ofMonths(2)),
    CCPA(Period.ofDays(45), Period.ofDays(45));

    private final Period deadline;
    private final Period extension;

    Jurisdiction(Period deadline, Period extension) {
        this.deadline = deadline;
        this.extension = extension;
    }

    public Instant dueFor(Instant received) {
        return received.atZone(ZoneOffset.UTC).plus(deadline).toInstant();
    }

    public Instant extend(Instant due) {
        return due.atZone(ZoneOffset.UTC).plus(extension).toInstant();
    }
}
