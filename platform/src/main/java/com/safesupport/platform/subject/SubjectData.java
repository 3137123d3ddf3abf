package com.safesupport.platform.subject;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;

/** The service's side of the subject-data contract in its payload shapes, for the resource and in-process callers. */
@ApplicationScoped
public class SubjectData {

    @Inject
    SubjectDataProvider provider;

    @Inject
    Clock clock;

    public String service() {
        return provider.service();
    }

    public SubjectExport export(String subjectId) {
        SubjectIds.requireWellFormed(subjectId);
        Object records = provider.records(subjectId);
        return new SubjectExport(provider.service(), subjectId, clock.instant(), records);
    }

    public SubjectErasure erase(String subjectId) {
        SubjectIds.requireWellFormed(subjectId);
        var erased = provider.erase(subjectId);
        return new SubjectErasure(provider.service(), subjectId, erased, clock.instant());
    }
}
