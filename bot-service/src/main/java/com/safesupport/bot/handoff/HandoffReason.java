package com.safesupport.bot.handoff;

/** Why a conversation goes to a human: the reasons escalation-service accepts (DESIGN.md). */
public enum HandoffReason {
    HUMAN_REQUESTED, NO_CONSENT, LOW_CONFIDENCE, OUT_OF_SCOPE, SENSITIVE_TOPIC, NEGATIVE_SENTIMENT,
    GUARDRAIL_BLOCKED, REPEATED_FAILURE, SYSTEM_DEGRADED, DECISION_REVIEW
}
