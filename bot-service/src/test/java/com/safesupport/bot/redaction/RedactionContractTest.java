package com.safesupport.bot.redaction;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.annotations.Pact;
import com.safesupport.testing.contract.CommittedPact;
import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * bot-service's contract with redaction-service: every customer and agent message is pseudonymised before it is
 * stored or shown to a model, and the trivial probe that tells a slow input from a sick service. Sent through
 * bot-service's own REST client and DTOs; redaction-service verifies the pact in RedactionProviderContractTest.
 */
@QuarkusTest
@ExtendWith(CommittedPact.class)
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = "redaction-service")
class RedactionContractTest {

    static final String CONVERSATION = "5e1f0a2b-0000-4000-8000-000000000001";
    static final String SUBJECT = "c0ffee00-0000-4000-8000-000000000002";
    static final String TEXT = "Please write to jane.doe@example.com about my order";

    @Pact(consumer = "bot-service")
    V4Pact pseudonymise(PactDslWithProvider builder) {
        return builder
                .uponReceiving("a customer message to pseudonymise in a conversation's scope")
                .path("/v1/redact")
                .method("POST")
                .matchHeader("Authorization", "Bearer .+", "Bearer token")
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(new PactDslJsonBody()
                        .stringValue("text", TEXT)
                        .stringValue("operator", "PSEUDONYMIZE")
                        .stringValue("scope", CONVERSATION)
                        .stringValue("subjectId", SUBJECT))
                .willRespondWith()
                .status(200)
                .body(new PactDslJsonBody()
                        .stringMatcher("text", "Please write to <[A-Z_]+_\\d+> about my order", "Please write to <EMAIL_ADDRESS_1> about my order")
                        .minArrayLike("entities", 1)
                        .stringType("type", "EMAIL_ADDRESS")
                        .integerType("start", 16)
                        .integerType("end", 36)
                        .numberType("score", 1.0)
                        .stringValue("operator", "PSEUDONYMIZE")
                        .stringMatcher("replacement", "<[A-Z_]+_\\d+>", "<EMAIL_ADDRESS_1>")
                        .stringType("recognizer", "EmailRecognizer")
                        .closeObject()
                        .closeArray()
                        .asBody()
                        .stringType("language", "en"))
                .toPact(V4Pact.class);
    }

    @Pact(consumer = "bot-service")
    V4Pact probe(PactDslWithProvider builder) {
        return builder
                .uponReceiving("the trivial probe asked when an input timed out")
                .path("/v1/redact")
                .method("POST")
                .matchHeader("Authorization", "Bearer .+", "Bearer token")
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(new PactDslJsonBody()
                        .stringValue("text", "probe")
                        .stringValue("operator", "TAG"))
                .willRespondWith()
                .status(200)
                .body(new PactDslJsonBody().stringValue("text", "probe"))
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "pseudonymise")
    void aMessageComesBackTaggedWithWhereEachValueWas(MockServer server) {
        Redacted redacted = api(server).redact(new RedactRequest(TEXT, "PSEUDONYMIZE", CONVERSATION, SUBJECT))
                .await().atMost(Duration.ofSeconds(5));
        assertFalse(redacted.text().contains("jane.doe"));
        Redacted.Entity email = redacted.entitiesOrEmpty().getFirst();
        assertTrue(redacted.text().contains(email.replacement()));
        assertEquals("jane.doe@example.com", TEXT.substring(email.start(), email.end()));
    }

    @Test
    @PactTestFor(pactMethod = "probe")
    void theProbeIsAnswered(MockServer server) {
        Redacted redacted = api(server).redact(new RedactRequest("probe", "TAG", null, null)).await().atMost(Duration.ofSeconds(5));
        assertEquals("probe", redacted.text());
    }

    private static RedactionApi api(MockServer server) {
        return QuarkusRestClientBuilder.newBuilder().baseUri(URI.create(server.getUrl())).build(RedactionApi.class);
    }
}
