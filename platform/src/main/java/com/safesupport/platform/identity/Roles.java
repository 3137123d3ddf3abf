package com.safesupport.platform.identity;

import java.util.Map;
import java.util.Set;

/** The realm roles of DESIGN.md. */
public final class Roles {

    public static final String CUSTOMER = "customer";
    public static final String AGENT = "agent";
    public static final String SUPERVISOR = "supervisor";
    public static final String PRIVACY_OFFICER = "privacy-officer";
    public static final String SVC_BOT = "svc-bot";
    public static final String SVC_CONSENT = "svc-consent";
    public static final String SVC_ESCALATION = "svc-escalation";
    public static final String REDACTION_RESTORE = "redaction-restore";

    /** An agent allowed to record any subject's consent answer without holding a ticket for them (DESIGN.md). */
    public static final String CONSENT_RECORDER = "consent-recorder";

    public static final Set<String> ALL = Set.of(CUSTOMER, AGENT, SUPERVISOR, PRIVACY_OFFICER,
            SVC_BOT, SVC_CONSENT, SVC_ESCALATION, REDACTION_RESTORE, CONSENT_RECORDER);

    /** The only client whose tokens may carry each service role ({@code azp}); from any other client it is dropped. */
    public static final Map<String, String> SERVICE_ROLE_CLIENTS = Map.of(
            SVC_BOT, "bot-service",
            SVC_CONSENT, "consent-service",
            SVC_ESCALATION, "escalation-service");

    private Roles() {
    }
}
