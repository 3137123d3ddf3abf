package com.safesupport.escalation.desk;

import com.safesupport.escalation.config.EscalationConfig;
import com.safesupport.platform.web.ApiRefusal;
import com.safesupport.platform.web.SignedIn;
import io.smallrye.mutiny.Multi;
import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;

/**
 * What the agent desk asks of the ticket API, always with the signed-in person's token. Changes name the version
 * the person saw ({@code If-Match}), so two agents acting on the same ticket cannot overwrite each other unseen.
 * Failures reach the page as {@link ApiRefusal}; nothing is retried, a reply sent twice would reach the customer twice.
 */
@ApplicationScoped
public class DeskBackend {

    /** The most tickets the desk lists at once (the API's default page). */
    static final int LIST_LIMIT = 200;

    private static final Duration QUIET_STREAM = Duration.ofHours(1);

    private final ConcurrentMap<URI, DeskApi> apis = new ConcurrentHashMap<>();
    private final ConcurrentMap<URI, DeskEventsApi> streams = new ConcurrentHashMap<>();
    /** {@code escalation.desk.call-timeout}, 10 s. */
    private final Duration callTimeout;

    @Inject
    DeskBackend(EscalationConfig config) {
        this.callTimeout = config.desk().callTimeout();
    }

    public List<DeskApi.Queue> queues(SignedIn user) {
        return api(user).queues(user.bearer());
    }

    public List<DeskApi.Summary> tickets(SignedIn user) {
        return api(user).tickets(user.bearer(), LIST_LIMIT);
    }

    public DeskApi.Detail ticket(SignedIn user, UUID id) {
        return api(user).ticket(user.bearer(), id);
    }

    public void claim(SignedIn user, UUID id, Integer version) {
        api(user).claim(user.bearer(), ifMatch(version), id);
    }

    public void reply(SignedIn user, UUID id, Integer version, String text, boolean awaitCustomer) {
        api(user).reply(user.bearer(), ifMatch(version), id, new DeskApi.Reply(text, awaitCustomer));
    }

    public void note(SignedIn user, UUID id, String text) {
        api(user).note(user.bearer(), id, new DeskApi.Text(text));
    }

    public void handBack(SignedIn user, UUID id, Integer version, String note) {
        api(user).handBack(user.bearer(), ifMatch(version), id, new DeskApi.Note(blankToNull(note)));
    }

    public void resolve(SignedIn user, UUID id, Integer version, String note) {
        api(user).resolve(user.bearer(), ifMatch(version), id, new DeskApi.Note(blankToNull(note)));
    }

    public void feedback(SignedIn user, UUID id, Integer version, boolean needed) {
        api(user).feedback(user.bearer(), ifMatch(version), id, new DeskApi.Feedback(needed));
    }

    public List<DeskApi.Agent> agents(SignedIn user) {
        return api(user).agents(user.bearer());
    }

    public DeskApi.Agent me(SignedIn user) {
        return api(user).me(user.bearer());
    }

    public void availability(SignedIn user, String availability) {
        api(user).availability(user.bearer(), new DeskApi.Availability(availability));
    }

    public List<DeskApi.Notification> openNotifications(SignedIn user) {
        return api(user).notifications(user.bearer(), true);
    }

    /** Every event of the given queues, merged; each queue's stream ends when the browser goes away. */
    public Multi<String> events(SignedIn user, List<String> queues) {
        DeskEventsApi events = streams.computeIfAbsent(user.ownApi(), base -> build(DeskEventsApi.class, base, QUIET_STREAM));
        String bearer = user.bearer();
        return Multi.createBy().merging().streams(queues.stream().map(code -> events.events(bearer, code)).toList());
    }

    /** The ticket API of this service, where the person's page request reached it. */
    private DeskApi api(SignedIn user) {
        return apis.computeIfAbsent(user.ownApi(), base -> build(DeskApi.class, base, callTimeout));
    }

    private static <T> T build(Class<T> api, URI base, Duration readTimeout) {
        return QuarkusRestClientBuilder.newBuilder().baseUri(base).connectTimeout(2, TimeUnit.SECONDS)
                .readTimeout(readTimeout.toMillis(), TimeUnit.MILLISECONDS).build(api);
    }

    private static String ifMatch(Integer version) {
        return version == null ? null : "\"" + version + "\"";
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
