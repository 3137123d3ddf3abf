package com.safesupport.escalation.ticket;

import java.util.EnumSet;
import java.util.Set;

/** NEW → ASSIGNED → IN_PROGRESS ⇄ WAITING_ON_CUSTOMER → RESOLVED → CLOSED, or HANDED_BACK to the AI. */
public enum TicketStatus {
    NEW, ASSIGNED, IN_PROGRESS, WAITING_ON_CUSTOMER, RESOLVED, CLOSED, HANDED_BACK;

    /** Statuses that occupy an agent's capacity. */
    public static final Set<TicketStatus> HELD = EnumSet.of(ASSIGNED, IN_PROGRESS, WAITING_ON_CUSTOMER);

    public boolean isOpen() {
        return this == NEW || HELD.contains(this);
    }
}
