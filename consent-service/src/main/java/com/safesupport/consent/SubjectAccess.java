package com.safesupport.consent;

import com.safesupport.platform.identity.Caller;
import com.safesupport.platform.identity.Roles;
import com.safesupport.platform.problem.DomainException;
import com.safesupport.platform.subject.SubjectIds;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/**
 * The subject rule of DESIGN.md: a caller reaches a subject's resource when it is their own (as a customer) or when
 * they hold a role the endpoint names for reaching any subject; no other role widens a customer's reach. Refusals
 * are logged without either subject id.
 */
@RequestScoped
public class SubjectAccess {

    private static final Logger LOG = Logger.getLogger("com.safesupport.security");

    @Inject
    Caller caller;

    /** @param crossSubjectRoles the roles this endpoint lets reach any subject; none for customer-only endpoints */
    public void requireSubject(String subjectId, String... crossSubjectRoles) {
        requireWellFormed(subjectId);
        if (!caller.maySeeSubject(subjectId, crossSubjectRoles)) {
            LOG.infof("Refused (403) a caller asked for another subject's resource, roles %s", caller.roles());
            throw DomainException.forbidden("A customer may only reach their own subject");
        }
    }

    public static void requireWellFormed(String subjectId) {
        SubjectIds.requireWellFormed(subjectId);
    }

    /** True when the caller acts for a customer rather than being that customer (an agent taking a phone consent). */
    public boolean onBehalf(String subjectId) {
        return !caller.isSubject(subjectId);
    }

    public Caller caller() {
        return caller;
    }
}
