package com.safesupport.platform.persistence;

import jakarta.persistence.EntityManager;

/**
 * PostgreSQL transaction-level advisory locks, the one way services make instances take turns: held until the
 * caller's transaction ends, so they must be taken inside one. Keys are bound parameters, never concatenated.
 */
public final class AdvisoryLock {

    private AdvisoryLock() {
    }

    /** Waits for the lock on {@code key}. */
    public static void hold(EntityManager em, long key) {
        em.createNativeQuery("select cast(pg_advisory_xact_lock(?1) as text)").setParameter(1, key).getSingleResult();
    }

    /** Waits for the lock on {@code name} within the lock class {@code space} (two-key form, name hashed). */
    public static void hold(EntityManager em, int space, String name) {
        em.createNativeQuery("select cast(pg_advisory_xact_lock(?1, hashtext(?2)) as text)")
                .setParameter(1, space).setParameter(2, name).getSingleResult();
    }

    /** Waits for the lock on the hash of {@code name} (one-key form). */
    public static void hold(EntityManager em, String name) {
        em.createNativeQuery("select cast(pg_advisory_xact_lock(hashtext(?1)) as text)").setParameter(1, name).getSingleResult();
    }

    /** Takes the lock on {@code key} if free; false when another transaction holds it. */
    public static boolean tryHold(EntityManager em, long key) {
        return (Boolean) em.createNativeQuery("select pg_try_advisory_xact_lock(?1)").setParameter(1, key).getSingleResult();
    }
}
