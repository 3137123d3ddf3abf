package com.safesupport.platform.subject;

import java.util.Map;

/**
 * What a service holds about a data subject: the one thing each service implements for the subject-data contract
 * of DESIGN.md ({@code GET/DELETE /v1/subjects/{subjectId}/data}). The platform's {@link SubjectDataResource} serves
 * it; a service has exactly one implementation, an {@code @ApplicationScoped} bean. Both methods run in the
 * implementation's own transaction and receive a subject id that {@link SubjectIds#requireWellFormed} accepted.
 */
public interface SubjectDataProvider {

    /** The service's name as it appears in {@code service} of the payloads, e.g. {@code "bot-service"}. */
    String service();

    /**
     * Everything held about the subject: a list of records each carrying its {@code kind} (consent-service: a map of
     * record lists by kind). Empty, never null, for an unknown subject.
     */
    Object records(String subjectId);

    /** Erases everything held about the subject and returns how many items of each kind went. Idempotent. */
    Map<String, Long> erase(String subjectId);
}
