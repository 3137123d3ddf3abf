package com.safesupport.bot.isolation;

import com.safesupport.platform.problem.Problem;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** A refused budget as problem+json, with the Retry-After a client needs. */
public class TooManyRequestsMapper {

    @ServerExceptionMapper
    public Response tooMany(TooManyRequests e, UriInfo uri) {
        return Response.status(429).type(Problem.MEDIA_TYPE).header("Retry-After", e.retryAfterSeconds())
                .entity(new Problem(Problem.type(e.slug()), e.title(), 429, e.detail(), uri.getPath(), null)).build();
    }
}
