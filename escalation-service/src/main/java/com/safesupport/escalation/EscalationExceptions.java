package com.safesupport.escalation;

import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.safesupport.platform.problem.Problem;
import com.safesupport.platform.problem.ProblemMapper;
import io.quarkus.hibernate.validator.runtime.jaxrs.ResteasyReactiveViolationException;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Failures specific to this service, as problem+json like every other error. */
public class EscalationExceptions {

    private final ProblemMapper problems = new ProblemMapper();

    /**
     * Quarkus' own mapper for request validation is more specific than the platform's ConstraintViolationException
     * mapper and answers plain JSON; route it to the platform's problem+json shape (the platform should do this).
     */
    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER - 100)
    public Response invalid(ResteasyReactiveViolationException e, UriInfo uri) {
        return problems.invalid(e, uri);
    }

    /**
     * quarkus-rest-jackson's built-in mapper for mismatched input (e.g. an unknown reason code) answers plain JSON and
     * echoes the rejected value, which may be personal data: answer the platform's problem+json instead.
     */
    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER - 100)
    public Response mismatched(MismatchedInputException e, UriInfo uri) {
        return problems.unreadable(e, uri);
    }

    /** Two writers raced on one ticket and this one lost: the same answer as a stale If-Match. */
    @ServerExceptionMapper
    public Response optimisticLock(OptimisticLockException e, UriInfo uri) {
        return Response.status(412).type(Problem.MEDIA_TYPE)
                .entity(new Problem(Problem.type("precondition-failed"), "Precondition Failed", 412,
                        "The ticket changed while you were changing it; reload and retry", uri == null ? null : uri.getPath(), null))
                .build();
    }
}
