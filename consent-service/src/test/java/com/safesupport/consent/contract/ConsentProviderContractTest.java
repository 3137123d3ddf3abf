package com.safesupport.consent.contract;

import au.com.dius.pact.provider.junit5.HttpTestTarget;
import au.com.dius.pact.provider.junit5.PactVerificationContext;
import au.com.dius.pact.provider.junit5.PactVerificationInvocationContextProvider;
import au.com.dius.pact.provider.junitsupport.Provider;
import au.com.dius.pact.provider.junitsupport.State;
import au.com.dius.pact.provider.junitsupport.loader.PactFolder;
import com.safesupport.consent.ConsentSteps;
import com.safesupport.testing.contract.ProviderContracts;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.hc.core5.http.HttpRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.util.Map;

/**
 * consent-service verifies what its consumers recorded in {@code contracts/pacts/} (bot-service's decision calls),
 * against itself on the test port with its real database, each request carrying a real signed token of the consumer.
 */
@QuarkusTest
@Provider("consent-service")
@PactFolder(ProviderContracts.FOLDER)
class ConsentProviderContractTest {

    @TestHTTPResource("/")
    URL self;

    @BeforeEach
    void target(PactVerificationContext context) {
        context.setTarget(new HttpTestTarget(self.getHost(), self.getPort()));
    }

    @TestTemplate
    @ExtendWith(PactVerificationInvocationContextProvider.class)
    void verify(PactVerificationContext context, HttpRequest request) {
        ProviderContracts.authorize(context, request, ConsentSteps.TOKENS);
        context.verifyInteraction();
    }

    /** A fresh subject gives consent through the self-service API; the decision's ETag is what a cache would hold. */
    @State("subject has given consent to ai-assistance")
    Map<String, Object> consentGiven() {
        String subject = ConsentSteps.newSubject();
        ConsentSteps.give(subject, "ai-assistance");
        String etag = ConsentSteps.botAsks(subject, "ai-assistance").statusCode(200).extract().header("ETag");
        return Map.of("subjectId", subject, "etag", etag);
    }

    @State("subject was never asked about ai-assistance")
    Map<String, Object> neverAsked() {
        return Map.of("subjectId", ConsentSteps.newSubject());
    }
}
