package com.safesupport.platform.subject;

import java.time.Instant;

/** {@code GET /v1/subjects/{subjectId}/data}: everything a service holds about a subject (DESIGN.md). */
public record SubjectExport(String service, String subjectId, Instant generatedAt, Object records) {
}
