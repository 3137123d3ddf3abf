package com.safesupport.bot.conversation;

import com.safesupport.bot.support.BotTest;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Black-box: also run against the packaged application or native executable ({@link ConversationFlowIT}). */
@QuarkusTest
class ConversationFlowTest extends BotTest {

    @Test
    void everyConversationOpensWithTheAiDisclosure() {
        String subject = newSubject();
        given().auth().oauth2(TOKENS.customer(subject)).contentType(ContentType.JSON).body("{}")
                .when().post("/v1/conversations")
                .then().statusCode(201)
                .body("subjectId", is(subject))
                .body("control", is("AI"))
                .body("messages[0].author", is("AI"))
                .body("messages[0].kind", is("DISCLOSURE"))
                .body("messages[0].text", containsString("an AI, not a person"))
                .body("messages[0].text", containsString("human at any time"));
    }

    @Test
    void aQuestionIsAnsweredFromTheKnowledgeBaseWithSourcesAndExplanation() {
        String subject = newSubject();
        String id = start(subject);
        say(subject, id, "I ordered a card ten days ago and it still has not arrived. Where is it?")
                .statusCode(200)
                .body("author", is("AI"))
                .body("kind", is("ANSWER"))
                .body("sources[0].articleId", is("card-arrival"))
                .body("sources[0].score", notNullValue())
                .body("explanation.reasons", hasItem("ANSWERED"))
                .body("explanation.guardrails.name", hasItems("consent", "redaction", "prompt-injection", "human-request",
                        "sensitive-topic", "personal-data-leak", "system-prompt-leak"))
                .body("explanation.summary", containsString("help article"))
                .body("decisionRecordId", notNullValue());

        given().auth().oauth2(TOKENS.customer(subject)).when().get("/v1/conversations/" + id + "/decisions")
                .then().statusCode(200)
                .body("size()", is(1))
                .body("[0].kind", is("ANSWER"))
                .body("[0].answerMode", is("extractive"))
                .body("[0].consentState", is("GIVEN"));
    }

    @Test
    void aCustomerCannotReachAnotherCustomersConversation() {
        String owner = newSubject();
        String id = start(owner);
        String intruder = TOKENS.customer(newSubject());
        // 404, as for a conversation that does not exist: another customer's conversation is not revealed.
        given().auth().oauth2(intruder).when().get("/v1/conversations/" + id).then().statusCode(404)
                .contentType("application/problem+json");
        given().auth().oauth2(intruder).contentType(ContentType.JSON).body("{\"text\":\"hello\"}")
                .when().post("/v1/conversations/" + id + "/messages").then().statusCode(404);
        given().auth().oauth2(intruder).when().get("/v1/conversations/" + id + "/decisions").then().statusCode(404);
        given().auth().oauth2(TOKENS.user("sue", "supervisor")).when().get("/v1/conversations/" + id).then().statusCode(200);
    }

    /**
     * fm11: a customer's retry carrying the first send's {@code Idempotency-Key} is answered from the first turn —
     * same status, {@code Idempotent-Replayed: true}, the same messageId and decision record, one customer line — and
     * the key with another text is 422. HTTP only, so it runs against the native executable too
     * ({@link ConversationFlowIT}); the database-level checks are {@code Fm9IdempotentMessageTest}'s.
     */
    @Test
    void aMessageRetriedWithItsIdempotencyKeyIsAnsweredOnce() {
        String subject = newSubject();
        String id = start(subject);
        String key = UUID.randomUUID().toString();
        io.restassured.response.Response first = keyed(subject, id, key, "How do I activate my card?");
        first.then().statusCode(200).header("Idempotent-Replayed", nullValue()).body("kind", is("ANSWER"));
        io.restassured.response.Response retry = keyed(subject, id, key, "How do I activate my card?");
        retry.then().statusCode(200).header("Idempotent-Replayed", is("true"))
                .body("messageId", is(first.path("messageId").toString()))
                .body("decisionRecordId", is(first.path("decisionRecordId").toString()))
                .body("text", is(first.path("text").toString()));
        keyed(subject, id, key, "How do I block my card?").then().statusCode(422)
                .contentType("application/problem+json").body("type", containsString("idempotency-key-reused"));

        given().auth().oauth2(TOKENS.customer(subject)).when().get("/v1/conversations/" + id)
                .then().statusCode(200).body("messages.findAll { it.author == 'CUSTOMER' }.size()", is(1))
                .body("messages.messageId", hasItem(first.path("messageId").toString()));
        given().auth().oauth2(TOKENS.customer(subject)).when().get("/v1/conversations/" + id + "/decisions")
                .then().statusCode(200).body("size()", is(1));
        // Another key is another message.
        keyed(subject, id, UUID.randomUUID().toString(), "How do I activate my card?").then().statusCode(200)
                .header("Idempotent-Replayed", nullValue()).body("messageId", not(is(first.path("messageId").toString())));
    }

    private static io.restassured.response.Response keyed(String subject, String id, String key, String text) {
        return given().auth().oauth2(TOKENS.customer(subject)).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(java.util.Map.of("text", text)).when().post("/v1/conversations/" + id + "/messages");
    }

    @Test
    void unknownConversationIsNotFound() {
        given().auth().oauth2(TOKENS.randomCustomer()).when().get("/v1/conversations/" + UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void aWhyAfterAReplyExplainsTheLastDecision() {
        String subject = newSubject();
        String id = start(subject);
        say(subject, id, "How do I activate my card?").statusCode(200).body("kind", is("ANSWER"));
        say(subject, id, "why?").statusCode(200)
                .body("author", is("AI"))
                .body("explanation.reasons", hasItem("EXPLANATION"))
                .body("text", containsString("Activating your card"))
                .body("text", containsString("consent"));
    }

    @Test
    void decisionRecordsAreReadableBySupervisorsAndPrivacyOfficers() {
        String subject = newSubject();
        String id = start(subject);
        say(subject, id, "How do I activate my card?").statusCode(200);
        for (String role : new String[]{"supervisor", "privacy-officer"}) {
            given().auth().oauth2(TOKENS.user("reader", role)).when().get("/v1/conversations/" + id + "/decisions")
                    .then().statusCode(200).body("[0].sources[0]", containsString("activate-my-card"));
        }
        assertTrue(true);
    }
}
