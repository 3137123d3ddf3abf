package com.safesupport.platform.problem;

import java.sql.SQLException;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Whether PostgreSQL refused a value the caller sent because it cannot be stored as text at all: a NUL character
 * (SQLState 22021, "invalid byte sequence for encoding UTF8: 0x00", which no column type accepts). That is a bad
 * request (400), not a defect (500). Found by HbRedactionTest ({@code DELETE /v1/scopes/%00} answered 500).
 */
final class UnstorableInput {

    static final String CHARACTER_NOT_IN_REPERTOIRE = "22021";

    private UnstorableInput() {
    }

    static boolean causedBy(Throwable failure) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable t = failure; t != null && seen.put(t, true) == null; t = t.getCause()) {
            if (t instanceof SQLException sql && CHARACTER_NOT_IN_REPERTOIRE.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
