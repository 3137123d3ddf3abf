package com.safesupport.redaction.contract;

import au.com.dius.pact.provider.junit5.HttpTestTarget;
import au.com.dius.pact.provider.junit5.PactVerificationContext;
import au.com.dius.pact.provider.junit5.PactVerificationInvocationContextProvider;
import au.com.dius.pact.provider.junitsupport.Provider;
import au.com.dius.pact.provider.junitsupport.State;
import au.com.dius.pact.provider.junitsupport.loader.PactFolder;
import com.safesupport.testing.Tokens;
import com.safesupport.testing.contract.ProviderContracts;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.apache.hc.core5.http.HttpRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/**
 * redaction-service verifies what its consumers recorded in {@code contracts/pacts/}: bot-service's redaction calls
 * and consent-service's subject-data calls, against itself on the test port with its real database and detectors,
 * each request carrying a real signed token of the consumer.
 */
@QuarkusTest
@Provider("redaction-service")
@PactFolder(ProviderContracts.FOLDER)
class RedactionProviderContractTest {

    static final Tokens TOKENS = new Tokens("redaction-service");

    @TestHTTPResource("/")
    URL self;

    @BeforeEach
    void target(PactVerificationContext context) {
        context.setTarget(new HttpTestTarget(self.getHost(), self.getPort()));
    }

    @TestTemplate
    @ExtendWith(PactVerificationInvocationContextProvider.class)
    void verify(PactVerificationContext context, HttpRequest request) {
        ProviderContracts.authorize(context, request, TOKENS);
        context.verifyInteraction();
    }

    /** The vault holds an original of the subject's, pseudonymised by the bot as in production. */
    @State("subject has personal data here")
    void subjectHasData(Map<String, Object> params) {
        given().auth().oauth2(TOKENS.service("bot-service", "svc-bot")).contentType(ContentType.JSON)
                .body(Map.of("text", "My email is pat.contract@example.org", "operator", "PSEUDONYMIZE",
                        "scope", UUID.randomUUID().toString(), "subjectId", params.get("subjectId")))
                .when().post("/v1/redact")
                .then().statusCode(200);
    }
}
