package com.safesupport.consent.decision;

/** The state of a subject's consent for one purpose; only {@code GIVEN} (unexpired) allows processing. */
public enum ConsentState {
    GIVEN, REFUSED, WITHDRAWN, EXPIRED, NOT_ASKED
}
