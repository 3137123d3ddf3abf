package com.safesupport.platform.identity;

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

    public static final Set<String> ALL = Set.of(CUSTOMER, AGENT, SUPERVISOR, PRIVACY_OFFICER,
            SVC_BOT, SVC_CONSENT, SVC_ESCALATION, REDACTION_RESTORE);

    private Roles() {
    }
}
