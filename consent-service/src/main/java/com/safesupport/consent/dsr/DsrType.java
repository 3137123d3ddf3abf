package com.safesupport.consent.dsr;

/** The rights a data-subject request exercises (GDPR Art. 15-21; CCPA/CPRA know, delete, opt-out). */
public enum DsrType {
    /** Art. 15 / CCPA right to know: a copy of everything held, from every service. */
    ACCESS,
    /** Art. 20: the same bundle, machine-readable, for another controller. */
    PORTABILITY,
    /** Art. 17 / CCPA delete: erased in every service. */
    ERASURE,
    /** Art. 16: corrected by a person; no automated cross-service contract exists. */
    RECTIFICATION,
    /** Art. 21 / CCPA opt-out: every consent-based purpose withdrawn and the objection recorded. */
    OBJECTION,
    /** Art. 18: processing restricted by a person; recorded and tracked here. */
    RESTRICTION;

    /** Types this service executes itself; the others wait for a privacy officer to complete them. */
    public boolean automated() {
        return this == ACCESS || this == PORTABILITY || this == ERASURE || this == OBJECTION;
    }
}
