package com.safesupport.bot.web;

import com.safesupport.bot.knowledge.Article;
import com.safesupport.bot.knowledge.KnowledgeBase;
import com.safesupport.platform.identity.Roles;
import com.safesupport.platform.web.ApiRefusal;
import com.safesupport.platform.web.CsrfProtected;
import com.safesupport.platform.web.SignedIn;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
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
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.net.URI;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The customer chat ({@code /chat}): signed in through the realm's login page (OIDC tenant {@code chat}, a session
 * cookie), it shows the AI disclosure and the consent notices first, then conversations with their sources, the
 * assistant's reasons and a person's replies once one takes over. Server-rendered; {@code chat.js} only sends
 * without a page load and refreshes the transcript while a person holds the conversation.
 */
@Path("/chat")
@CsrfProtected
@Produces(MediaType.TEXT_HTML)
public class ChatPage {

    static final String AI_ASSISTANCE = "ai-assistance";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

    /** Notices a redirect may ask the next page to show: codes only, so no text can be injected through a link. */
    private static final Map<String, String> NOTICES = Map.of(
            "consent-given", "Thank you. Your consent is recorded; you can withdraw it at any time on this page.",
            "consent-withdrawn", "Your consent is withdrawn. The assistant no longer processes your messages; a person answers instead.",
            "left", "You have left the conversation. You can start a new one at any time.",
            "empty", "Please type a message before sending.",
            "too-long", "That message is too long. Please keep it under 2,000 characters.",
            "too-fast", "You are sending messages very quickly. Please wait a moment and try again.",
            "too-many-turns", "This conversation has reached its length limit. Please start a new one.",
            "still-answering", "Your message is still being answered. Its answer will appear here; there is no need to send it again.",
            "stale-notice", "The consent notice changed while you were reading it. Please read the new version.",
            "failed", "Sorry, that did not work. Please try again in a moment.");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(ChatViews.Page page, ChatViews.Home home);

        static native TemplateInstance conversation(ChatViews.Page page, ChatViews.Conversation conversation);

        static native TemplateInstance problem(ChatViews.Page page, String heading, String message);

        static native TemplateInstance signedOut(ChatViews.Page page);
    }

    @Inject
    SignedIn user;

    @Inject
    ChatBackend backend;

    @Inject
    KnowledgeBase knowledge;

    @GET
    public Response home(@QueryParam("notice") String notice) {
        if (!user.hasRole(Roles.CUSTOMER)) {
            return notACustomer();
        }
        List<ChatViews.Purpose> purposes = new ArrayList<>();
        boolean unavailable = false;
        try {
            backend.consents(user).forEach(p -> purposes.add(purpose(p)));
        } catch (ApiRefusal | jakarta.ws.rs.ProcessingException e) {
            unavailable = true;
        }
        ChatViews.Purpose ai = purposes.stream().filter(ChatViews.Purpose::primary).findFirst().orElse(null);
        List<ChatViews.Purpose> others = purposes.stream().filter(p -> !p.primary()).toList();
        return html(200, Templates.home(page("Support chat"), new ChatViews.Home(notice(notice), unavailable, others, ai)));
    }

    @POST
    @Path("/consents/{purpose}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response consent(@PathParam("purpose") String purpose, @RestForm String answer, @RestForm Integer noticeVersion) {
        if (!user.hasRole(Roles.CUSTOMER)) {
            return notACustomer();
        }
        try {
            if ("give".equals(answer) && noticeVersion != null) {
                backend.give(user, purpose, noticeVersion);
                return seeOther("/chat?notice=consent-given#consent");
            }
            if ("withdraw".equals(answer)) {
                backend.withdraw(user, purpose);
                return seeOther("/chat?notice=consent-withdrawn#consent");
            }
            return seeOther("/chat?notice=failed");
        } catch (ApiRefusal e) {
            return seeOther("/chat?notice=" + (e.status() == 409 ? "stale-notice" : "failed") + "#consent");
        }
    }

    @POST
    @Path("/conversations")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response start() {
        if (!user.hasRole(Roles.CUSTOMER)) {
            return notACustomer();
        }
        ConversationApi.Conversation started = backend.start(user, "en");
        return seeOther("/chat/conversations/" + started.conversationId());
    }

    @GET
    @Path("/conversations/{id}")
    public Response conversation(@PathParam("id") UUID id, @QueryParam("notice") String notice) {
        if (!user.hasRole(Roles.CUSTOMER)) {
            return notACustomer();
        }
        ConversationApi.Conversation conversation = backend.conversation(user, id);
        List<ConversationApi.Decision> decisions = backend.decisions(user, id);
        return html(200, Templates.conversation(page("Conversation"), view(conversation, decisions, notice(notice))));
    }

    @POST
    @Path("/conversations/{id}/messages")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response send(@PathParam("id") UUID id, @RestForm String text, @RestForm String key) {
        if (!user.hasRole(Roles.CUSTOMER)) {
            return notACustomer();
        }
        String back = "/chat/conversations/" + id;
        if (text == null || text.isBlank()) {
            return seeOther(back + "?notice=empty#message-form");
        }
        try {
            if (backend.send(user, id, text, idempotencyKey(key)) == ChatBackend.Sent.STILL_ANSWERING) {
                return seeOther(back + "?notice=still-answering#message-form");
            }
        } catch (ApiRefusal e) {
            String code = switch (e.status()) {
                case 413 -> "too-long";
                case 429 -> "too-fast";
                case 409 -> "too-many-turns";
                case 400 -> "empty";
                case 403, 404 -> throw e;
                default -> "failed";
            };
            return seeOther(back + "?notice=" + code + "#message-form");
        }
        return seeOther(back + "#latest");
    }

    @GET
    @Path("/signed-out")
    public Response signedOut() {
        return html(200, Templates.signedOut(new ChatViews.Page("Signed out", null, "")));
    }

    /** The API refused: another customer's conversation and none at all both answer 404; shown as "not found". */
    @ServerExceptionMapper
    public Response refused(ApiRefusal e) {
        if (e.status() == 403 || e.status() == 404) {
            return html(404, Templates.problem(page("Not found"), "Conversation not found",
                    "There is no conversation of yours at this address. Start a new one from the support chat page."));
        }
        return html(502, Templates.problem(page("Unavailable"), "Support chat is unavailable",
                "Sorry, something went wrong on our side. Please try again in a moment."));
    }

    @ServerExceptionMapper
    public Response unreachable(jakarta.ws.rs.ProcessingException e) {
        return html(503, Templates.problem(page("Unavailable"), "Support chat is unavailable",
                "Sorry, the chat cannot reach its service right now. Please try again in a moment."));
    }

    /**
     * The form's message key when it is one the API takes (1–255 visible ASCII characters), else null: the message is
     * then sent without a key, as before keys existed, rather than refused for a field the customer never sees.
     */
    static String idempotencyKey(String key) {
        if (key == null || key.isEmpty() || key.length() > 255) {
            return null;
        }
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c < 0x21 || c > 0x7e) {
                return null;
            }
        }
        return key;
    }

    private static String notice(String code) {
        return code == null ? null : NOTICES.get(code);
    }

    private Response notACustomer() {
        return html(403, Templates.problem(page("Not a customer account"), "This chat is for customers",
                "You are signed in as " + user.username() + ", which is not a customer account. Sign out and sign in as a customer."));
    }

    private ChatViews.Page page(String title) {
        return new ChatViews.Page(title, user.username(), user.csrfToken());
    }

    private static ChatViews.Purpose purpose(ConsentSelfServiceApi.PurposeConsent p) {
        String state = p.decision() == null ? "NOT_ASKED" : p.decision().state();
        boolean given = p.decision() != null && p.decision().allowed();
        return new ChatViews.Purpose(p.purpose(), p.name(), p.description(), p.noticeText(), p.currentNoticeVersion(),
                Wording.consentState(state), given, AI_ASSISTANCE.equals(p.purpose()));
    }

    ChatViews.Conversation view(ConversationApi.Conversation c, List<ConversationApi.Decision> decisions, String notice) {
        Map<UUID, ConversationApi.Decision> byMessage = new HashMap<>();
        decisions.forEach(d -> byMessage.put(d.messageId(), d));
        List<ConversationApi.Line> lines = c.messages().stream().sorted(Comparator.comparingInt(ConversationApi.Line::seq)).toList();
        List<ChatViews.Message> messages = new ArrayList<>();
        for (ConversationApi.Line line : lines) {
            ConversationApi.Decision decision = byMessage.get(line.messageId());
            messages.add(new ChatViews.Message(line.seq(), Wording.role(line.author()), Wording.author(line.author()),
                    line.at() == null ? "" : line.at().toString(), line.at() == null ? "" : TIME.format(line.at()),
                    line.text(), Wording.kind(line.kind()), sources(decision), Wording.why(line.kind(), decision)));
        }
        boolean human = "HUMAN".equals(c.control());
        int last = lines.isEmpty() ? 0 : lines.get(lines.size() - 1).seq();
        return new ChatViews.Conversation(c.conversationId(), c.control(), status(c, lines, human), messages, last, notice);
    }

    private List<ChatViews.Source> sources(ConversationApi.Decision decision) {
        if (decision == null || decision.sources() == null || !"ANSWER".equals(decision.kind())) {
            return List.of();
        }
        List<ChatViews.Source> sources = new ArrayList<>();
        for (String entry : decision.sources()) {
            int colon = entry.lastIndexOf(':');
            String articleId = colon > 0 ? entry.substring(0, colon) : entry;
            Article article = knowledge.article(articleId);
            String relevance = colon > 0 ? Wording.percent(entry.substring(colon + 1)) : null;
            sources.add(new ChatViews.Source(article == null ? articleId : article.title(), relevance));
        }
        return sources;
    }

    private static ChatViews.Status status(ConversationApi.Conversation c, List<ConversationApi.Line> lines, boolean human) {
        String reference = c.handoff() == null ? null : Wording.reference(c.handoff().ticketId());
        String ticket = reference == null ? "" : " (ticket " + reference + ")";
        if (!human) {
            return new ChatViews.Status("ai", "You are talking to the AI assistant",
                    "It answers from our help articles. Ask \u201cwhy?\u201d about an answer, or ask for a person at any time.");
        }
        int lastHandoff = lines.stream().filter(l -> "ESCALATED".equals(l.kind())).mapToInt(ConversationApi.Line::seq).max().orElse(-1);
        boolean answered = lines.stream().anyMatch(l -> "AGENT".equals(l.author()) && l.seq() > lastHandoff);
        if (answered) {
            return new ChatViews.Status("human", "A person has taken over",
                    "A member of our support team is handling this conversation" + ticket
                            + ". Their replies appear below; the AI assistant does not answer until they hand it back.");
        }
        return new ChatViews.Status("waiting", "Waiting for a person",
                "We have passed this conversation to our support team" + ticket
                        + ". A person will reply here; you can keep writing meanwhile. The AI assistant does not answer until then.");
    }

    private static Response seeOther(String location) {
        return Response.seeOther(URI.create(location)).build();
    }

    private static Response html(int status, TemplateInstance page) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(page.render()).build();
    }
}
