package com.safesupport.escalation.ticket;

/** Ticket priority, lowest first. */
public enum Priority {
    LOW, NORMAL, HIGH, URGENT;

    public Priority raisedBy(int steps) {
        int level = Math.max(0, Math.min(URGENT.ordinal(), ordinal() + steps));
        return values()[level];
    }

    /** Sort key for SQL: higher is more urgent. */
    public int rank() {
        return ordinal();
    }
}
