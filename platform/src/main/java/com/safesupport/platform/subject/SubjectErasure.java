package com.safesupport.platform.subject;

import java.time.Instant;
import java.util.Map;

/** {@code DELETE /v1/subjects/{subjectId}/data}: what a service erased, counted by kind (DESIGN.md). */
public record SubjectErasure(String service, String subjectId, Map<String, Long> erased, Instant completedAt) {
}
