package com.safesupport.escalation;

import com.safesupport.platform.problem.Problem;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Failures specific to this service, as problem+json like every other error. */
public class EscalationExceptions {

    /** Two writers raced on one ticket and this one lost: the same answer as a stale If-Match. */
    @ServerExceptionMapper
    public Response optimisticLock(OptimisticLockException e, UriInfo uri) {
        return Response.status(412).type(Problem.MEDIA_TYPE)
                .entity(new Problem(Problem.type("precondition-failed"), "Precondition Failed", 412,
                        "The ticket changed while you were changing it; reload and retry", uri == null ? null : uri.getPath(), null))
                .build();
    }
}
