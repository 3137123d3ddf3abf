package com.safesupport.bot.handoff;

/** Why a conversation goes to a human: the reasons escalation-service accepts, same name and codes as its {@code Reason} (DESIGN.md). */
public enum Reason {
    HUMAN_REQUESTED, NO_CONSENT, LOW_CONFIDENCE, OUT_OF_SCOPE, SENSITIVE_TOPIC, NEGATIVE_SENTIMENT,
    GUARDRAIL_BLOCKED, REPEATED_FAILURE, SYSTEM_DEGRADED, DECISION_REVIEW
}
