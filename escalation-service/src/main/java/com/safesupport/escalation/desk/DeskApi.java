package com.safesupport.escalation.desk;

import com.safesupport.platform.web.ApiRefusal;
import io.quarkus.rest.client.reactive.ClientExceptionMapper;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * This service's own agent-desktop API (docs/escalation.md), called over HTTP with the signed-in agent's or
 * supervisor's access token: the desk sees and may do exactly what the API allows that person, no more.
 * The changes return nothing: a refusal (4xx/5xx) is an {@link ApiRefusal} through the mapper below, and a success's
 * body is read whole within the call's bound (a {@code Response} handed its body over as a stream after the headers,
 * whose {@code close()} then drained a dripping answer for as long as it dripped, past any timeout: branch fm5).
 */
@RegisterRestClient
@Path("/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
interface DeskApi {

    record Queue(String code, String name, long waiting) {
    }

    record Summary(UUID id, String status, String priority, String queue, List<String> reasons, String assignedAgent,
                   Instant createdAt, Instant firstResponseDueAt, String slaState, int version) {
    }

    record Line(String author, String text, Instant at) {
    }

    record Entry(UUID id, String kind, String author, String text, Instant at) {
    }

    record Sla(String target, String state, Instant dueAt, boolean paused, Long remainingSeconds, Instant metAt,
               Instant breachedAt, boolean businessHours) {
    }

    record Event(String type, String actor, String detail, Instant at) {
    }

    record Detail(UUID id, String status, String priority, String queue, List<String> reasons, String locale, String channel,
                  String assignedAgent, String summary, List<Line> transcript, List<Entry> notes, String slaState, List<Sla> sla,
                  List<Event> events, Boolean handoffNeeded, Instant createdAt, Instant firstResponseAt, int version) {
    }

    record Agent(String username, String displayName, List<String> skills, int capacity, String availability,
                 List<String> queues, long load) {
    }

    record Notification(UUID id, UUID ticketId, String kind, String message, Instant at) {
    }

    record Text(String text) {
    }

    record Reply(String text, boolean awaitCustomer) {
    }

    record Note(String note) {
    }

    record Feedback(boolean handoffNeeded) {
    }

    record Availability(String availability) {
    }

    @GET
    @Path("/queues")
    List<Queue> queues(@HeaderParam("Authorization") String bearer);

    @GET
    @Path("/tickets")
    List<Summary> tickets(@HeaderParam("Authorization") String bearer, @QueryParam("limit") int limit);

    @GET
    @Path("/tickets/{id}")
    Detail ticket(@HeaderParam("Authorization") String bearer, @PathParam("id") UUID id);

    @POST
    @Path("/tickets/{id}/claim")
    void claim(@HeaderParam("Authorization") String bearer, @HeaderParam("If-Match") String version, @PathParam("id") UUID id);

    @POST
    @Path("/tickets/{id}/replies")
    void reply(@HeaderParam("Authorization") String bearer, @HeaderParam("If-Match") String version, @PathParam("id") UUID id, Reply body);

    @POST
    @Path("/tickets/{id}/notes")
    void note(@HeaderParam("Authorization") String bearer, @PathParam("id") UUID id, Text body);

    @POST
    @Path("/tickets/{id}/handback")
    void handBack(@HeaderParam("Authorization") String bearer, @HeaderParam("If-Match") String version, @PathParam("id") UUID id, Note body);

    @POST
    @Path("/tickets/{id}/resolve")
    void resolve(@HeaderParam("Authorization") String bearer, @HeaderParam("If-Match") String version, @PathParam("id") UUID id, Note body);

    @PUT
    @Path("/tickets/{id}/feedback")
    void feedback(@HeaderParam("Authorization") String bearer, @HeaderParam("If-Match") String version, @PathParam("id") UUID id, Feedback body);

    @GET
    @Path("/agents")
    List<Agent> agents(@HeaderParam("Authorization") String bearer);

    @GET
    @Path("/agents/me")
    Agent me(@HeaderParam("Authorization") String bearer);

    @PUT
    @Path("/agents/me/availability")
    void availability(@HeaderParam("Authorization") String bearer, Availability body);

    @GET
    @Path("/notifications")
    List<Notification> notifications(@HeaderParam("Authorization") String bearer, @QueryParam("unacknowledged") boolean open);

    @ClientExceptionMapper
    static RuntimeException refusal(Response response) {
        return ApiRefusal.of(response);
    }
}
