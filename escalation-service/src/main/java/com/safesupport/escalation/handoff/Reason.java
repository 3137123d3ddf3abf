package com.safesupport.escalation.handoff;

/** Why the bot handed a conversation to a human (DESIGN.md); the codes are stable API. */
public enum Reason {
    HUMAN_REQUESTED, NO_CONSENT, LOW_CONFIDENCE, OUT_OF_SCOPE, SENSITIVE_TOPIC,
    NEGATIVE_SENTIMENT, GUARDRAIL_BLOCKED, REPEATED_FAILURE, SYSTEM_DEGRADED, DECISION_REVIEW
}
