package com.safesupport.redaction.api;

import com.safesupport.platform.problem.Problem;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * A detection past its deadline leaves as 503 problem+json with {@code Retry-After}, so a caller's circuit
 * breaker and retry policy see a clear, temporary refusal rather than a hung connection.
 */
public class DetectionTimedOutMapper {

    private static final Logger LOG = Logger.getLogger(DetectionTimedOutMapper.class);

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER - 200)
    public Response timedOut(RedactionService.DetectionTimedOut e, UriInfo uri) {
        LOG.warnf("Detection deadline exceeded on %s (no text logged)", uri.getPath());
        return Response.status(503).type(Problem.MEDIA_TYPE).header("Retry-After", e.retryAfterSeconds())
                .entity(new Problem(Problem.type(e.slug()), e.title(), 503, e.detail(), uri.getPath(), null)).build();
    }
}
