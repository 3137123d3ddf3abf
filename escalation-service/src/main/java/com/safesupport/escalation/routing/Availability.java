package com.safesupport.escalation.routing;

/** Whether an agent takes new tickets: only ONLINE agents are assigned work. */
public enum Availability {
    ONLINE, AWAY, OFFLINE
}
