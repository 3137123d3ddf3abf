package com.safesupport.platform.subject;

import com.safesupport.platform.problem.DomainException;

import java.util.regex.Pattern;

/** The one check of a subject id in a path or body: the IdP's {@code sub} (a Keycloak UUID or a service-account name). */
public final class SubjectIds {

    private static final Pattern SUBJECT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:@-]{0,127}");

    private SubjectIds() {
    }

    public static boolean isWellFormed(String subjectId) {
        return subjectId != null && SUBJECT.matcher(subjectId).matches();
    }

    /** Refuses (400 {@code invalid-subject}) anything that cannot be a token subject: empty, too long, odd characters. */
    public static String requireWellFormed(String subjectId) {
        if (!isWellFormed(subjectId)) {
            throw DomainException.badRequest("invalid-subject", "The subject id is not a valid token subject");
        }
        return subjectId;
    }
}
