package com.safesupport.escalation.ticket;

import java.util.UUID;

/**
 * The code of a support queue, by id: what a ticket event names its queue by. Implemented by routing, which owns the
 * queues, so that {@code ticket} does not depend on {@code routing} (DESIGN.md, Conventions: no package cycles).
 */
public interface QueueCodes {

    /** The queue's code, or {@code null} when no such queue exists. */
    String code(UUID queueId);
}
