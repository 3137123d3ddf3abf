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
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.apache.hc.core5.http.HttpRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;

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

    /** A conversation escalation-service holds: the customer asked for a person, the hand-off got its ticket. */
    @State("a conversation held by a human under a ticket")
    Map<String, Object> heldByHuman() {
        String subject = UUID.randomUUID().toString();
        String conversation = start(subject);
        String ticket = say(subject, conversation, "I would like to talk to a person")
                .statusCode(200).body("kind", is("ESCALATED")).extract().path("handoff.ticketId");
        return Map.of("conversationId", conversation, "ticketId", ticket);
    }

    /** The subject has a conversation with a message in it. */
    @State("subject has personal data here")
    void subjectHasData(Map<String, Object> params) {
        String subject = (String) params.get("subjectId");
        say(subject, start(subject), "How do I activate my card?").statusCode(200);
    }

    /*
     * Through the API, as a customer would: the states hold against the packaged application too
     * (BotProviderContractIT), where no bean of the application is in reach.
     */
    private static String start(String subject) {
        return given().auth().oauth2(TOKENS.customer(subject)).contentType(ContentType.JSON).body("{}")
                .when().post("/v1/conversations")
                .then().statusCode(201).extract().path("conversationId");
    }

    private static ValidatableResponse say(String subject, String conversation, String text) {
        return given().auth().oauth2(TOKENS.customer(subject)).contentType(ContentType.JSON).body(Map.of("text", text))
                .when().post("/v1/conversations/" + conversation + "/messages").then();
    }
}
