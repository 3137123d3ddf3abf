package com.safesupport.consent.ledger;

/** What a consent event records. */
public enum EventKind {
    GIVEN, REFUSED, WITHDRAWN, EXPIRED
}
