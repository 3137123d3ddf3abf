package com.safesupport.bot.conversation;

import au.com.dius.pact.provider.junit5.HttpTestTarget;
import au.com.dius.pact.provider.junit5.PactVerificationContext;
import au.com.dius.pact.provider.junit5.PactVerificationInvocationContextProvider;
import au.com.dius.pact.provider.junitsupport.Provider;
import au.com.dius.pact.provider.junitsupport.State;
import au.com.dius.pact.provider.junitsupport.loader.PactFolder;
import com.safesupport.bot.support.DownstreamStubs;
import com.safesupport.testing.Tokens;
import com.safesupport.testing.contract.ProviderContracts;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.arc.Arc;
import org.apache.hc.core5.http.HttpRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;

/**
 * bot-service verifies what its consumers recorded in {@code contracts/pacts/}: escalation-service's agent replies
 * and hand-backs, consent-service's subject-data calls. Against itself on the test port with its real database,
 * each request carrying a real signed token of the consumer; redaction-service (outside this module) is the
 * module's usual WireMock stand-in.
 */
@QuarkusTest
@Provider("bot-service")
@PactFolder(ProviderContracts.FOLDER)
class BotProviderContractTest {

    static final Tokens TOKENS = new Tokens("bot-service");

    @TestHTTPResource("/")
    URL self;

    @BeforeEach
    void target(PactVerificationContext context) {
        DownstreamStubs.resetToHealthy();
        context.setTarget(new HttpTestTarget(self.getHost(), self.getPort()));
    }

    @TestTemplate
    @ExtendWith(PactVerificationInvocationContextProvider.class)
    void verify(PactVerificationContext context, HttpRequest request) {
        ProviderContracts.authorize(context, request, TOKENS);
        context.verifyInteraction();
    }

    /** A conversation escalation-service holds: handed off, its ticket known. */
    @State("a conversation held by a human under a ticket")
    Map<String, Object> heldByHuman() {
        String ticket = UUID.randomUUID().toString();
        UUID conversation = conversation(UUID.randomUUID().toString(), c -> {
            c.control = Conversation.Control.HUMAN;
            c.ticketId = ticket;
            c.handoffStatus = "ASSIGNED";
        });
        return Map.of("conversationId", conversation.toString(), "ticketId", ticket);
    }

    /** The subject has a conversation (written directly: the conversation budget is not what is verified here). */
    @State("subject has personal data here")
    void subjectHasData(Map<String, Object> params) {
        conversation((String) params.get("subjectId"), c -> { });
    }

    /** Pact calls state methods on an instance of its own, not the injected one: the beans come from the container. */
    private static UUID conversation(String subject, java.util.function.Consumer<Conversation> shape) {
        Transcript transcript = Arc.container().instance(Transcript.class).get();
        Clock clock = Arc.container().instance(Clock.class).get();
        return QuarkusTransaction.requiringNew().call(() -> {
            Conversation c = new Conversation();
            c.id = UUID.randomUUID();
            c.subjectId = subject;
            c.locale = "en";
            c.channel = "web";
            c.control = Conversation.Control.AI;
            c.createdAt = clock.instant();
            c.lastActivityAt = c.createdAt;
            shape.accept(c);
            c.persist();
            transcript.append(c, Message.Author.CUSTOMER, Message.Kind.QUESTION, "I would like to talk to a person");
            return c.id;
        });
    }
}
