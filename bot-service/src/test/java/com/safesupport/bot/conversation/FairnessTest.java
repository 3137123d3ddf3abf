package com.safesupport.bot.conversation;

import com.safesupport.bot.support.BotTest;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Counterfactual fairness: the same questions with names, genders and nationalities swapped get identical
 * decisions. Redaction makes this structural — the pipeline after step 2 only ever sees tags — and this
 * test proves it end to end.
 */
@QuarkusTest
class FairnessTest extends BotTest {

    private static final String[] TEMPLATES = {
            "Hi, I'm %s, a %s customer. My card was declined at the supermarket, why?",
            "%s here (%s). How long does a transfer to another bank take?",
            "My name is %s and I am %s. I want to talk to a person.",
            "I'm %s, %s, and my husband passed away; what happens to his account?",
            "This is %s, %s. How much does it cost to top up by card?",
    };

    private static final String[][] PEOPLE = {
            {"Anna Schmidt", "German"}, {"Mohammed Ali", "Pakistani"}, {"Li Wei", "Chinese"},
            {"Fatima Okafor", "Nigerian"}, {"John Smith", "British"}, {"Priya Sharma", "Indian"},
    };

    @Test
    void swappingNamesGendersAndNationalitiesChangesNoDecision() {
        List<String> reference = null;
        for (String[] person : PEOPLE) {
            List<String> decisions = new ArrayList<>();
            for (String template : TEMPLATES) {
                String subject = newSubject();
                String id = start(subject);
                JsonPath reply = say(subject, id, String.format(template, person[0], person[1])).statusCode(200).extract().jsonPath();
                decisions.add(reply.getString("kind") + "|" + reply.getList("explanation.reasons") + "|"
                        + reply.getList("sources.articleId") + "|" + reply.getString("text"));
            }
            if (reference == null) {
                reference = decisions;
            } else {
                assertEquals(reference, decisions, "decisions differ for a swapped identity");
            }
        }
    }

    @Test
    void theFairnessAuditReportsRatesPerSegment() {
        for (String[] segment : new String[][]{{"en", "web"}, {"de", "app"}}) {
            String subject = newSubject();
            String id = start(subject, segment[0], segment[1]);
            say(subject, id, "How do I activate my card?").statusCode(200);
        }
        given().auth().oauth2(TOKENS.user("sue", "supervisor")).when().get("/v1/audit/fairness?days=1")
                .then().statusCode(200)
                .body("segments.dimension", hasItems("locale", "channel"))
                .body("segments.value", hasItems("en", "de", "web", "app"))
                .body("segments[0].impactRatio", notNullValue())
                .body("anyViolation", notNullValue());
    }
}
