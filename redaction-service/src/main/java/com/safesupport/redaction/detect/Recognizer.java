package com.safesupport.redaction.detect;

import java.util.List;
import java.util.Set;

/**
 * Proposes candidate spans of one or more entity types in a normalised text.
 * Implementations are stateless and thread-safe: one instance serves every request.
 */
public interface Recognizer {

    String name();

    Set<String> types();

    /** Languages this recogniser works for; {@code *} for language-independent shapes (e-mail, IBAN...). */
    default Set<String> languages() {
        return Set.of("*");
    }

    /** Words that raise a candidate's score when found near it, by language. */
    default Set<String> contextWords(String language) {
        return Set.of();
    }

    /** Name of the validator that confirms candidates, for {@code GET /v1/entities}; null when none. */
    default String validator() {
        return null;
    }

    /**
     * True when the recogniser judges the words around its candidates itself (names, places), so the
     * analyzer's generic context window must not raise their scores again.
     */
    default boolean scoresOwnContext() {
        return false;
    }

    void recognize(Scan scan, List<Candidate> out);
}
