package com.safesupport.escalation.desk;

import com.safesupport.platform.identity.Roles;
import com.safesupport.platform.web.ApiRefusal;
import com.safesupport.platform.web.CsrfProtected;
import com.safesupport.platform.web.SignedIn;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Multi;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestStreamElementType;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The agent desk ({@code /desk}): agents and supervisors sign in through the realm's login page (OIDC tenant
 * {@code desk}, a session cookie) and work the ticket API through it: the queues and the ticket list in the
 * router's order with SLA due times, live through the queues' event streams; a ticket's redacted transcript and
 * hand-off reasons; claim, reply, private note, hand back to the AI, resolve, and "was the hand-off needed";
 * supervisors also see every agent's availability and load. Server-rendered; {@code desk.js} only refreshes what
 * the event stream says has changed.
 */
@Path("/desk")
@CsrfProtected
@Produces(MediaType.TEXT_HTML)
public class DeskPage {

    private static final Set<String> AVAILABILITY = Set.of("ONLINE", "AWAY", "OFFLINE");
    private static final Set<String> FINISHED = Set.of("RESOLVED", "HANDED_BACK", "CLOSED");
    private static final Set<String> HELD = Set.of("ASSIGNED", "IN_PROGRESS", "WAITING_ON_CUSTOMER");

    /** Notices a redirect may ask the next page to show: codes only, so no text can be injected through a link. */
    private static final Map<String, String> NOTICES = Map.ofEntries(
            Map.entry("claimed", "You hold this ticket now."),
            Map.entry("replied", "Your reply is on its way to the customer."),
            Map.entry("noted", "Private note added. The customer does not see it."),
            Map.entry("handed-back", "The conversation is back with the AI assistant. Was the hand-off needed?"),
            Map.entry("resolved", "Ticket resolved. Was the hand-off needed?"),
            Map.entry("feedback", "Thank you: your feedback on the hand-off is recorded."),
            Map.entry("availability", "Your availability is saved."),
            Map.entry("empty", "Please write something first."),
            Map.entry("stale", "The ticket changed while you were looking at it. Here is its current state; please check and try again."),
            Map.entry("refused", "That is not possible for this ticket now."),
            Map.entry("failed", "Sorry, that did not work. Please try again in a moment."));

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance board(DeskViews.Page page, DeskViews.Board board);

        static native TemplateInstance ticket(DeskViews.Page page, DeskViews.Ticket ticket);

        static native TemplateInstance team(DeskViews.Page page, DeskViews.Team team);

        static native TemplateInstance problem(DeskViews.Page page, String heading, String message);

        static native TemplateInstance signedOut(DeskViews.Page page);
    }

    @Inject
    SignedIn user;

    @Inject
    DeskBackend backend;

    @Inject
    Clock clock;

    @GET
    public Response board(@QueryParam("notice") String notice) {
        if (!isStaff()) {
            return notStaff();
        }
        DeskViews.Me me = null;
        boolean notProvisioned = false;
        if (user.hasRole(Roles.AGENT)) {
            try {
                me = me(backend.me(user));
            } catch (ApiRefusal e) {
                notProvisioned = e.status() == 403 || e.status() == 404;
                if (!notProvisioned) {
                    throw e;
                }
            }
        }
        if (notProvisioned && !user.hasRole(Roles.SUPERVISOR)) {
            return html(403, Templates.problem(page("Not provisioned"), "You are not set up as an agent yet",
                    "Your account " + user.username() + " has the agent role, but no supervisor has provisioned it in the desk. Ask a supervisor to add you to a queue."));
        }
        Instant now = clock.instant();
        List<DeskViews.QueueCard> queues = backend.queues(user).stream()
                .map(q -> new DeskViews.QueueCard(q.code(), q.name(), q.waiting())).toList();
        List<DeskViews.TicketRow> tickets = backend.tickets(user).stream().map(t -> row(t, now)).toList();
        long breached = tickets.stream().filter(DeskViews.TicketRow::breached).count();
        return html(200, Templates.board(page("Tickets"), new DeskViews.Board(notice(notice), me, notProvisioned, queues, tickets, breached)));
    }

    @POST
    @Path("/availability")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response availability(@RestForm String availability) {
        if (!user.hasRole(Roles.AGENT) || availability == null || !AVAILABILITY.contains(availability)) {
            return seeOther("/desk?notice=refused");
        }
        backend.availability(user, availability);
        return seeOther("/desk?notice=availability");
    }

    @GET
    @Path("/tickets/{id}")
    public Response ticket(@PathParam("id") UUID id, @QueryParam("notice") String notice) {
        if (!isStaff()) {
            return notStaff();
        }
        DeskApi.Detail detail = backend.ticket(user, id);
        String myName = user.hasRole(Roles.AGENT) ? user.username() : null;
        return html(200, Templates.ticket(page("Ticket " + DeskWording.reference(id)), view(detail, myName, notice(notice))));
    }

    @POST
    @Path("/tickets/{id}/claim")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response claim(@PathParam("id") UUID id, @RestForm Integer version) {
        return act(id, "claimed", () -> backend.claim(user, id, version));
    }

    @POST
    @Path("/tickets/{id}/reply")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response reply(@PathParam("id") UUID id, @RestForm String text, @RestForm String awaitCustomer) {
        if (text == null || text.isBlank()) {
            return seeOther(ticketPath(id) + "?notice=empty#reply-form");
        }
        // No If-Match: a customer message that arrived meanwhile changes the ticket but must not stop the reply.
        return act(id, "replied", () -> backend.reply(user, id, null, text, awaitCustomer != null));
    }

    @POST
    @Path("/tickets/{id}/note")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response note(@PathParam("id") UUID id, @RestForm String text) {
        if (text == null || text.isBlank()) {
            return seeOther(ticketPath(id) + "?notice=empty#note-form");
        }
        return act(id, "noted", () -> backend.note(user, id, text));
    }

    @POST
    @Path("/tickets/{id}/handback")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response handBack(@PathParam("id") UUID id, @RestForm Integer version, @RestForm String note) {
        return act(id, "handed-back", () -> backend.handBack(user, id, version, note));
    }

    @POST
    @Path("/tickets/{id}/resolve")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response resolve(@PathParam("id") UUID id, @RestForm Integer version, @RestForm String note) {
        return act(id, "resolved", () -> backend.resolve(user, id, version, note));
    }

    @POST
    @Path("/tickets/{id}/feedback")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response feedback(@PathParam("id") UUID id, @RestForm Integer version, @RestForm String needed) {
        if (!"yes".equals(needed) && !"no".equals(needed)) {
            return seeOther(ticketPath(id) + "?notice=empty#feedback-form");
        }
        return act(id, "feedback", () -> backend.feedback(user, id, version, "yes".equals(needed)));
    }

    @GET
    @Path("/team")
    public Response team() {
        if (!user.hasRole(Roles.SUPERVISOR)) {
            return html(403, Templates.problem(page("Supervisors only"), "This page is for supervisors",
                    "The team overview shows every agent's availability and load; it needs the supervisor role."));
        }
        List<DeskViews.AgentRow> agents = backend.agents(user).stream().map(DeskPage::agent).toList();
        List<DeskViews.NotificationRow> notifications = backend.openNotifications(user).stream()
                .sorted(Comparator.comparing(DeskApi.Notification::at).reversed())
                .map(n -> new DeskViews.NotificationRow(n.ticketId(), n.ticketId() == null ? null : DeskWording.reference(n.ticketId()),
                        DeskWording.words(n.kind()), n.message(), DeskWording.iso(n.at()), DeskWording.time(n.at())))
                .toList();
        return html(200, Templates.team(page("Team"), new DeskViews.Team(agents, notifications)));
    }

    /** The ticket events of every queue the person may see, for the page's script (no personal data in them). */
    @GET
    @Path("/events")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.TEXT_PLAIN)
    @Blocking
    public Multi<String> events() {
        if (!isStaff()) {
            return Multi.createFrom().empty();
        }
        List<String> queues = backend.queues(user).stream().map(DeskApi.Queue::code).toList();
        return backend.events(user, queues);
    }

    @GET
    @Path("/signed-out")
    public Response signedOut() {
        return html(200, Templates.signedOut(new DeskViews.Page("Signed out", null, null, "", false)));
    }

    @ServerExceptionMapper
    public Response refused(ApiRefusal e) {
        if (e.status() == 403 || e.status() == 404) {
            return html(404, Templates.problem(page("Not found"), "Ticket not found",
                    "There is no ticket at this address that you may see. Tickets outside your queues are not shown."));
        }
        return html(502, Templates.problem(page("Unavailable"), "The desk is unavailable",
                "Sorry, something went wrong on our side. Please try again in a moment."));
    }

    @ServerExceptionMapper
    public Response unreachable(jakarta.ws.rs.ProcessingException e) {
        return html(503, Templates.problem(page("Unavailable"), "The desk is unavailable",
                "Sorry, the desk cannot reach its service right now. Please try again in a moment."));
    }

    private Response act(UUID id, String done, Runnable action) {
        if (!isStaff()) {
            return notStaff();
        }
        try {
            action.run();
            return seeOther(ticketPath(id) + "?notice=" + done);
        } catch (ApiRefusal e) {
            String code = switch (e.status()) {
                case 412 -> "stale";
                case 400, 409, 422 -> "refused";
                case 403, 404 -> throw e;
                default -> "failed";
            };
            return seeOther(ticketPath(id) + "?notice=" + code);
        }
    }

    private DeskViews.Ticket view(DeskApi.Detail t, String myName, String notice) {
        Instant now = clock.instant();
        boolean supervisor = user.hasRole(Roles.SUPERVISOR);
        boolean mine = myName != null && myName.equals(t.assignedAgent());
        boolean held = HELD.contains(t.status());
        boolean finished = FINISHED.contains(t.status());
        List<DeskViews.Entry> conversation = new ArrayList<>();
        record Timed(Instant at, DeskViews.Entry entry) {
        }
        List<Timed> timed = new ArrayList<>();
        if (t.transcript() != null) {
            t.transcript().forEach(l -> timed.add(new Timed(l.at(), new DeskViews.Entry(
                    "line-" + (l.author() == null ? "other" : l.author().toLowerCase(java.util.Locale.ROOT)), DeskWording.author(l.author()),
                    DeskWording.iso(l.at()), DeskWording.time(l.at()), l.text()))));
        }
        if (t.notes() != null) {
            t.notes().forEach(n -> timed.add(new Timed(n.at(), "REPLY".equals(n.kind())
                    ? new DeskViews.Entry("reply", "Reply by " + n.author() + " (sent to the customer)", DeskWording.iso(n.at()), DeskWording.time(n.at()), n.text())
                    : new DeskViews.Entry("note", "Private note by " + n.author() + " (not sent)", DeskWording.iso(n.at()), DeskWording.time(n.at()), n.text()))));
        }
        timed.stream().sorted(Comparator.comparing(Timed::at, Comparator.nullsFirst(Comparator.naturalOrder())))
                .forEach(x -> conversation.add(x.entry()));
        List<DeskViews.SlaRow> sla = t.sla() == null ? List.of() : t.sla().stream().map(s -> new DeskViews.SlaRow(
                DeskWording.words(s.target()),
                s.paused() ? "Paused" : DeskWording.sla(s.state()), DeskWording.slaClass(s.state()),
                DeskWording.iso(s.dueAt()),
                "MET".equals(s.state()) ? "met " + DeskWording.time(s.metAt())
                        : s.paused() ? "paused while waiting on the customer" : DeskWording.due(s.dueAt(), now))).toList();
        List<DeskViews.HistoryRow> history = t.events() == null ? List.of() : t.events().stream()
                .map(e -> new DeskViews.HistoryRow(DeskWording.words(e.type()), e.actor(), DeskWording.iso(e.at()), DeskWording.time(e.at())))
                .toList();
        String feedback = t.handoffNeeded() == null ? null : t.handoffNeeded() ? "Yes, the hand-off was needed" : "No, the AI could have handled it";
        return new DeskViews.Ticket(t.id(), DeskWording.reference(t.id()), t.version(), DeskWording.words(t.status()),
                DeskWording.words(t.priority()), DeskWording.priorityClass(t.priority()), t.queue(),
                t.reasons() == null ? List.of() : t.reasons().stream().map(DeskWording::reason).toList(),
                t.locale(), t.channel(), t.assignedAgent(), DeskWording.iso(t.createdAt()), DeskWording.time(t.createdAt()),
                t.summary(), conversation, sla, DeskWording.sla(t.slaState()), DeskWording.slaClass(t.slaState()), history,
                "NEW".equals(t.status()) && myName != null,
                held && (mine || supervisor),
                true,
                finished && t.handoffNeeded() == null && (mine || supervisor),
                feedback, notice);
    }

    private static DeskViews.TicketRow row(DeskApi.Summary t, Instant now) {
        return new DeskViews.TicketRow(t.id(), DeskWording.reference(t.id()), DeskWording.words(t.priority()),
                DeskWording.priorityClass(t.priority()), DeskWording.words(t.status()), t.queue(), DeskWording.reasons(t.reasons()),
                t.assignedAgent() == null ? "Unassigned" : t.assignedAgent(), DeskWording.iso(t.createdAt()),
                DeskWording.time(t.createdAt()), DeskWording.iso(t.firstResponseDueAt()), DeskWording.due(t.firstResponseDueAt(), now),
                DeskWording.sla(t.slaState()), DeskWording.slaClass(t.slaState()), "BREACHED".equals(t.slaState()));
    }

    private static DeskViews.Me me(DeskApi.Agent me) {
        List<DeskViews.Option> options = List.of("ONLINE", "AWAY", "OFFLINE").stream()
                .map(a -> new DeskViews.Option(a, DeskWording.words(a), a.equals(me.availability()))).toList();
        return new DeskViews.Me(DeskWording.words(me.availability()), me.load(), me.capacity(), options);
    }

    private static DeskViews.AgentRow agent(DeskApi.Agent a) {
        return new DeskViews.AgentRow(a.username(), a.displayName(), DeskWording.words(a.availability()),
                a.availability() == null ? "" : a.availability().toLowerCase(java.util.Locale.ROOT), a.load(), a.capacity(),
                a.load() + " of " + a.capacity() + (a.load() >= a.capacity() ? " (full)" : ""),
                String.join(", ", a.queues() == null ? List.of() : a.queues()),
                String.join(", ", a.skills() == null ? List.of() : a.skills()));
    }

    private boolean isStaff() {
        return user.hasRole(Roles.AGENT) || user.hasRole(Roles.SUPERVISOR);
    }

    private Response notStaff() {
        return html(403, Templates.problem(page("Not a desk account"), "The desk is for agents and supervisors",
                "You are signed in as " + user.username() + ", which is neither an agent nor a supervisor account. Sign out and sign in with a desk account."));
    }

    private DeskViews.Page page(String title) {
        boolean supervisor = user.hasRole(Roles.SUPERVISOR);
        String role = supervisor ? "supervisor" : user.hasRole(Roles.AGENT) ? "agent" : null;
        return new DeskViews.Page(title, user.username(), role, user.csrfToken(), supervisor);
    }

    private static String notice(String code) {
        return code == null ? null : NOTICES.get(code);
    }

    private static String ticketPath(UUID id) {
        return "/desk/tickets/" + id;
    }

    private static Response seeOther(String location) {
        return Response.seeOther(URI.create(location)).build();
    }

    private static Response html(int status, TemplateInstance page) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(page.render()).build();
    }
}
