package com.safesupport.escalation.desk;

import com.safesupport.platform.web.ApiRefusal;
import io.quarkus.rest.client.reactive.ClientExceptionMapper;
import io.smallrye.mutiny.Multi;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * A queue's server-sent events from this service's own API, with the signed-in person's token. A client of its own
 * because a stream may stay quiet for long: its read timeout is an hour, not seconds.
 */
@RegisterRestClient
@Path("/v1/queues")
interface DeskEventsApi {

    /** Each element is one JSON ticket event without personal data. */
    @GET
    @Path("/{code}/events")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    Multi<String> events(@HeaderParam("Authorization") String bearer, @PathParam("code") String code);

    @ClientExceptionMapper
    static RuntimeException refusal(Response response) {
        return ApiRefusal.of(response);
    }
}
