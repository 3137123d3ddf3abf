package com.safesupport.escalation.desk;

import com.safesupport.platform.web.ApiRefusal;
import com.safesupport.platform.web.SignedIn;
import io.smallrye.mutiny.Multi;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.util.List;
import java.util.UUID;

/**
 * What the agent desk asks of the ticket API, always with the signed-in person's token. Changes name the version
 * the person saw ({@code If-Match}), so two agents acting on the same ticket cannot overwrite each other unseen.
 * Failures reach the page as {@link ApiRefusal}; nothing is retried, a reply sent twice would reach the customer twice.
 */
@ApplicationScoped
public class DeskBackend {

    /** The most tickets the desk lists at once (the API's default page). */
    static final int LIST_LIMIT = 200;

    @Inject
    @RestClient
    DeskApi api;

    @Inject
    @RestClient
    DeskEventsApi events;

    public List<DeskApi.Queue> queues(SignedIn user) {
        return api.queues(user.bearer());
    }

    public List<DeskApi.Summary> tickets(SignedIn user) {
        return api.tickets(user.bearer(), LIST_LIMIT);
    }

    public DeskApi.Detail ticket(SignedIn user, UUID id) {
        return api.ticket(user.bearer(), id);
    }

    public void claim(SignedIn user, UUID id, Integer version) {
        done(api.claim(user.bearer(), ifMatch(version), id));
    }

    public void reply(SignedIn user, UUID id, Integer version, String text, boolean awaitCustomer) {
        done(api.reply(user.bearer(), ifMatch(version), id, new DeskApi.Reply(text, awaitCustomer)));
    }

    public void note(SignedIn user, UUID id, String text) {
        done(api.note(user.bearer(), id, new DeskApi.Text(text)));
    }

    public void handBack(SignedIn user, UUID id, Integer version, String note) {
        done(api.handBack(user.bearer(), ifMatch(version), id, new DeskApi.Note(blankToNull(note))));
    }

    public void resolve(SignedIn user, UUID id, Integer version, String note) {
        done(api.resolve(user.bearer(), ifMatch(version), id, new DeskApi.Note(blankToNull(note))));
    }

    public void feedback(SignedIn user, UUID id, Integer version, boolean needed) {
        done(api.feedback(user.bearer(), ifMatch(version), id, new DeskApi.Feedback(needed)));
    }

    public List<DeskApi.Agent> agents(SignedIn user) {
        return api.agents(user.bearer());
    }

    public DeskApi.Agent me(SignedIn user) {
        return api.me(user.bearer());
    }

    public void availability(SignedIn user, String availability) {
        done(api.availability(user.bearer(), new DeskApi.Availability(availability)));
    }

    public List<DeskApi.Notification> openNotifications(SignedIn user) {
        return api.notifications(user.bearer(), true);
    }

    /** Every event of the given queues, merged; each queue's stream ends when the browser goes away. */
    public Multi<String> events(String bearer, List<String> queues) {
        return Multi.createBy().merging().streams(queues.stream().map(code -> events.events(bearer, code)).toList());
    }

    private static String ifMatch(Integer version) {
        return version == null ? null : "\"" + version + "\"";
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    private static void done(Response response) {
        try (response) {
            if (response.getStatus() >= 400) {
                throw ApiRefusal.of(response);
            }
        }
    }
}
