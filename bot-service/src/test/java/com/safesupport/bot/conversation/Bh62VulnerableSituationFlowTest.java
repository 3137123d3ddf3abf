package com.safesupport.bot.conversation;

import com.safesupport.bot.support.BotTest;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Round 62 (bh62): the vulnerable-situation head over REST and PostgreSQL — the turn, the explanation, the record. */
@QuarkusTest
class Bh62VulnerableSituationFlowTest extends BotTest {

    @Test
    void aSituationNoRuleKnowsIsHandedOverWithTheHeadNamedAndScored() {
        String subject = newSubject();
        String id = start(subject);
        say(subject, id, "Can I move my direct debit to a later date?").statusCode(200)
                .body("kind", not(is("ESCALATED")))
                .body("explanation.guardrails.find { it.name == 'sensitive-topic' }.outcome", is("PASS"))
                .body("explanation.guardrails.find { it.name == 'sensitive-topic' }.score", notNullValue());
        say(subject, id, "I've had a nervous breakdown and can't deal with my post, everything is overdue.").statusCode(200)
                .body("kind", is("ESCALATED"))
                .body("explanation.reasons", hasItem("SENSITIVE_TOPIC"))
                .body("explanation.guardrails.find { it.name == 'sensitive-topic' }.outcome", is("HIT:vulnerable-situation"))
                .body("explanation.guardrails.find { it.name == 'sensitive-topic' }.rule", is("vulnerable-situation"));
        List<String> guardrails = given().auth().oauth2(TOKENS.customer(subject)).contentType(ContentType.JSON)
                .when().get("/v1/conversations/" + id + "/decisions")
                .then().statusCode(200).extract().path("guardrails.flatten()");
        assertTrue(guardrails.stream().anyMatch(g -> g.startsWith("sensitive-topic=HIT:vulnerable-situation;rule=vulnerable-situation;score=")),
                guardrails.toString());
    }

    @Test
    void aLookAlikeIsAnsweredAndARuleKeepsItsCategory() {
        String subject = newSubject();
        String id = start(subject);
        say(subject, id, "I'm dying to know when my new card will arrive.").statusCode(200)
                .body("kind", not(is("ESCALATED")))
                .body("explanation.guardrails.find { it.name == 'sensitive-topic' }.outcome", is("PASS"));
        String bereaved = newSubject();
        String second = start(bereaved);
        say(bereaved, second, "My wife passed away last month and I need to close her account.").statusCode(200)
                .body("kind", is("ESCALATED"))
                .body("explanation.guardrails.find { it.name == 'sensitive-topic' }.outcome", is("HIT:bereavement"))
                .body("explanation.guardrails.find { it.name == 'sensitive-topic' }.rule", is("bereavement"));
    }
}
