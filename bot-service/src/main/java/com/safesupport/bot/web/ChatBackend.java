package com.safesupport.bot.web;

import com.safesupport.bot.consent.ConsentGate;
import com.safesupport.platform.web.ApiRefusal;
import com.safesupport.platform.web.SignedIn;
import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;

/**
 * What the chat page asks of the suite, always on behalf of the signed-in customer and with their token: their
 * conversations (this service's API) and their consents (consent-service). A failure reaches the page as
 * {@link ApiRefusal}; nothing is retried here. A message carries the page's {@code Idempotency-Key} (one per message
 * the customer sends, kept when they or the page's script send it again), so a retry is answered from the first
 * turn instead of becoming a second one (docs/bot.md, "Faults, twelfth sweep (fm11)").
 */
@ApplicationScoped
public class ChatBackend {

    static final String CHANNEL = "web";

    private static final Duration TURN_TIMEOUT = Duration.ofSeconds(30);

    private final ConcurrentMap<URI, ConversationApi> own = new ConcurrentHashMap<>();

    @Inject
    @RestClient
    ConsentSelfServiceApi consents;

    @Inject
    ConsentGate consentGate;

    public ConversationApi.Conversation start(SignedIn user, String locale) {
        return conversations(user).start(user.bearer(), new ConversationApi.StartBody(locale, CHANNEL));
    }

    public ConversationApi.Conversation conversation(SignedIn user, UUID id) {
        return conversations(user).get(user.bearer(), id);
    }

    public List<ConversationApi.Decision> decisions(SignedIn user, UUID id) {
        return conversations(user).decisions(user.bearer(), id);
    }

    /** What became of a message the API did not refuse. */
    public enum Sent {
        /** Answered now, or earlier: a retry with the same key gets the first answer. */
        ANSWERED,
        /** The first request with this key is still being answered (409 {@code idempotency-key-in-flight}). */
        STILL_ANSWERING
    }

    /** @param idempotencyKey the message's key, or null to send none */
    public Sent send(SignedIn user, UUID id, String text, String idempotencyKey) {
        try (Response response = conversations(user).send(user.bearer(), id, idempotencyKey, new ConversationApi.MessageBody(text))) {
            requireSuccess(response);
            return Sent.ANSWERED;
        } catch (StillAnswering e) {
            return Sent.STILL_ANSWERING;
        }
    }

    /** The API's 409 {@code idempotency-key-in-flight}, told apart from its other 409s by the problem's type. */
    static final class StillAnswering extends RuntimeException {
        StillAnswering() {
            super("idempotency-key-in-flight", null, false, false);
        }

        static boolean is(Response response) {
            if (response.getStatus() != 409 || !response.hasEntity()) {
                return false;
            }
            response.bufferEntity(); // read again by ApiRefusal.of when it is another 409
            return response.readEntity(String.class).contains("/idempotency-key-in-flight\"");
        }
    }

    public List<ConsentSelfServiceApi.PurposeConsent> consents(SignedIn user) {
        return consents.list(user.bearer(), user.subject());
    }

    public void give(SignedIn user, String purpose, int noticeVersion) {
        try (Response response = consents.answer(user.bearer(), user.subject(), purpose,
                new ConsentSelfServiceApi.Answer("GIVEN", noticeVersion, "chat", "self-service"))) {
            requireSuccess(response);
        }
        // This instance answers the next message with the new decision at once, not after the cached one expires.
        consentGate.forget(user.subject());
    }

    public void withdraw(SignedIn user, String purpose) {
        try (Response response = consents.withdraw(user.bearer(), user.subject(), purpose)) {
            requireSuccess(response);
        }
        consentGate.forget(user.subject());
    }

    /** The conversation API of this service, where the customer's page request reached it (a turn may take a while). */
    private ConversationApi conversations(SignedIn user) {
        return own.computeIfAbsent(user.ownApi(), base -> QuarkusRestClientBuilder.newBuilder().baseUri(base)
                .connectTimeout(2, TimeUnit.SECONDS).readTimeout(TURN_TIMEOUT.toSeconds(), TimeUnit.SECONDS)
                .build(ConversationApi.class));
    }

    private static void requireSuccess(Response response) {
        if (response.getStatus() >= 400) {
            throw ApiRefusal.of(response);
        }
    }
}
