package com.safesupport.bot.conversation;

import com.safesupport.bot.support.BotTest;
import com.safesupport.testing.AuthMatrix;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;

/**
 * Another customer's conversation: reached only by the roles each endpoint names (supervisor reads it; supervisor and
 * privacy officer read its decisions), never by a customer who also holds some other role, and nobody but its own
 * customer posts into it. A customer refused it gets 404, as for a conversation that does not exist; a supervisor
 * (who may read it) refused a post gets 403.
 */
@QuarkusTest
class OtherSubjectTest extends BotTest {

    @Test
    void aCustomerHoldingAnotherRoleReachesOnlyTheirOwnConversations() {
        String alice = newSubject();
        String conversation = start(alice);
        String base = "/v1/conversations/" + conversation;
        AuthMatrix.of(TOKENS, "GET", base).allowing("customer", "supervisor").ofAnotherSubject("supervisor").hidden().verify();
        AuthMatrix.of(TOKENS, "POST", base + "/messages").body("{\"text\":\"hi\"}").allowing("customer")
                .ofAnotherSubject().hidden("supervisor").verify();
        AuthMatrix.of(TOKENS, "GET", base + "/decisions").allowing("customer", "supervisor", "privacy-officer")
                .ofAnotherSubject("supervisor", "privacy-officer").hidden().verify();
    }

    @Test
    void aSupervisorWhoIsAlsoACustomerReadsButNeverPostsIntoAnothersConversation() {
        String alice = newSubject();
        String conversation = start(alice);
        String sam = TOKENS.user(newSubject(), "customer", "supervisor");
        given().auth().oauth2(sam).when().get("/v1/conversations/" + conversation).then().statusCode(200);
        given().auth().oauth2(sam).contentType(ContentType.JSON).body(Map.of("text", "hello from someone else"))
                .when().post("/v1/conversations/" + conversation + "/messages")
                .then().statusCode(403).contentType("application/problem+json");
    }
}
