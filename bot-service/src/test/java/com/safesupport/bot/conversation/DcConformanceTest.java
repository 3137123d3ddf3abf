package com.safesupport.bot.conversation;

import com.safesupport.bot.support.BotTest;
import com.safesupport.testing.ProblemShape;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.in;
import static org.hamcrest.Matchers.instanceOf;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.emptyOrNullString;

/**
 * Contract conformance as a peer team would test it (stop 47, dc): the customer-facing message answer read as
 * DESIGN.md writes it — its field names and types, {@code author} and {@code kind} within their closed sets, a
 * hand-over's {@code handoff {ticketId, status}} — the subject-data pair's shape, and errors as complete problems.
 * All texts are made up.
 */
@QuarkusTest
class DcConformanceTest extends BotTest {

    static final String UUID_RE = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
    static final String UTC_RE = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z";
    static final List<String> AUTHORS = List.of("AI", "AGENT", "SYSTEM");
    static final List<String> KINDS = List.of("ANSWER", "CLARIFY", "ESCALATED", "REFUSED", "DISCLOSURE");

    @Test
    void anAnswerHasTheContractsFieldsAndTypes() {
        String subject = newSubject();
        String id = start(subject);
        say(subject, id, "My new card came in the post today, how do I activate it?").statusCode(200)
                .body("messageId", matchesPattern(UUID_RE))
                .body("author", is(in(AUTHORS)))
                .body("kind", is(in(KINDS)))
                .body("text", not(emptyOrNullString()))
                .body("sources", instanceOf(List.class))
                .body("sources", everyItem(allOf(hasKey("articleId"), hasKey("title"), hasKey("score"))))
                .body("explanation", allOf(hasKey("reasons"), hasKey("confidence"), hasKey("guardrails")))
                .body("explanation.reasons", instanceOf(List.class))
                .body("explanation.confidence", instanceOf(Number.class))
                .body("explanation.guardrails", instanceOf(List.class));
    }

    @Test
    void aHandOverCarriesItsTicketAndEveryMessageStaysInTheClosedSets() {
        String subject = newSubject();
        String id = start(subject);
        say(subject, id, "Please put me through to a human being").statusCode(200)
                .body("author", is(in(AUTHORS)))
                .body("kind", is("ESCALATED"))
                .body("handoff", allOf(hasKey("ticketId"), hasKey("status")))
                .body("handoff.status", not(emptyOrNullString()));
        given().auth().oauth2(TOKENS.customer(subject)).when().get("/v1/conversations/{id}", id).then().statusCode(200)
                .body("messages[0].kind", is("DISCLOSURE"))
                .body("messages.author", everyItem(is(in(List.of("AI", "AGENT", "SYSTEM", "CUSTOMER")))))
                .body("messages.findAll { it.author != 'CUSTOMER' }.kind", everyItem(is(in(KINDS))));
    }

    @Test
    void errorsAreCompleteProblems() {
        String subject = newSubject();
        String id = start(subject);
        ProblemShape.validation(given().auth().oauth2(TOKENS.customer(subject)).contentType(ContentType.JSON).body(Map.of())
                .when().post("/v1/conversations/{id}/messages", id).then(), "/v1/conversations/", "text");
        // Another customer's conversation, and one that does not exist: the same 404, as complete problems.
        ProblemShape.of(given().auth().oauth2(TOKENS.customer(newSubject())).when().get("/v1/conversations/{id}", id).then(),
                404, "/v1/conversations/");
        ProblemShape.of(given().auth().oauth2(TOKENS.customer(subject)).when().get("/v1/conversations/{id}", UUID.randomUUID())
                .then(), 404, "/v1/conversations/");
        ProblemShape.of(given().when().get("/v1/conversations/{id}", id).then(), 401, "/v1/conversations/");
        ProblemShape.of(given().auth().oauth2(TOKENS.customer(subject)).contentType(ContentType.JSON).body(Map.of("text", "hi"))
                .when().post("/v1/conversations/{id}/agent-messages", id).then(), 403, "/v1/conversations/");
        ProblemShape.of(given().auth().oauth2(TOKENS.customer(subject)).when().get("/v1/subjects/{s}/data", subject).then(),
                403, "/v1/subjects/");
    }

    @Test
    void subjectDataAnswersTheContractsShape() {
        String subject = newSubject();
        start(subject);
        String consent = TOKENS.service("consent-service", "svc-consent");
        given().auth().oauth2(consent).when().get("/v1/subjects/{s}/data", subject).then().statusCode(200)
                .body("service", is("bot-service")).body("subjectId", is(subject))
                .body("generatedAt", matchesPattern(UTC_RE))
                .body("records", org.hamcrest.Matchers.notNullValue());
        for (int round = 0; round < 2; round++) {
            given().auth().oauth2(consent).when().delete("/v1/subjects/{s}/data", subject).then().statusCode(200)
                    .body("service", is("bot-service")).body("subjectId", is(subject))
                    .body("erased", instanceOf(Map.class))
                    .body("erased.conversations", is(round == 0 ? 1 : 0))
                    .body("completedAt", matchesPattern(UTC_RE));
        }
    }
}
