package com.safesupport.escalation.desk;

import com.safesupport.escalation.BotServiceMock;
import com.safesupport.escalation.TestData;
import com.safesupport.testing.BrowserSession;
import com.safesupport.testing.HostileInput;
import com.safesupport.testing.HostilePages;
import com.safesupport.testing.LogCapture;
import com.safesupport.testing.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.safesupport.escalation.TestData.botToken;
import static com.safesupport.escalation.TestData.supervisorToken;
import static com.safesupport.escalation.TestData.TOKENS;
import static com.safesupport.escalation.TestData.agent;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * No personal data in escalation-service's logs, checked (personal values through hand-offs, customer messages, the
 * desk's replies and notes, as API and as page forms, and their error paths, captured down to DEBUG); and the desk
 * pages probed as a black-box tester would, signed in and not: hostile form values, huge forms, NUL, wrong methods and
 * media types, path shapes — below 500, no trace, nothing reflected unescaped.
 */
@QuarkusTest
class LgEscalationTest {

    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");
    private static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"(\\d+)\"");

    @Inject
    TestData data;

    @Inject
    TestClock clock;

    @BeforeEach
    void cleanSlate() {
        data.reset();
        BotServiceMock.server().stubFor(post(urlPathMatching("/v1/conversations/.*")).willReturn(aResponse().withStatus(200)));
        agent("nia", List.of("lang:en"), 5, List.of("general"), "OFFLINE");
    }

    @AfterEach
    void cleanUp() {
        clock.reset();
        data.reset();
    }

    static Supplier<RequestSpecification> bot() {
        return () -> given().auth().oauth2(botToken()).header("Idempotency-Key", UUID.randomUUID().toString());
    }

    static Supplier<RequestSpecification> supervisor() {
        return () -> given().auth().oauth2(supervisorToken());
    }

    @Test
    void personalValuesSentThroughEveryFlowAndErrorPathAreNeverLogged() {
        String text = LogCapture.personalText();
        String email = LogCapture.PERSONAL.get(1);
        try (LogCapture logs = LogCapture.start()) {
            String ticket = bot().get().contentType(ContentType.JSON)
                    .body(TestData.handoffJson(UUID.randomUUID(), UUID.randomUUID().toString(), List.of("HUMAN_REQUESTED"), "en", text)
                            .replace("I want to talk to a person about <IBAN_1>", text))
                    .post("/v1/handoffs").then().statusCode(201).extract().path("ticketId");
            bot().get().contentType(ContentType.JSON).body(Map.of("text", text)).post("/v1/handoffs/" + ticket + "/customer-messages");
            bot().get().contentType(ContentType.JSON)
                    .body(TestData.handoffJson(UUID.randomUUID(), email, List.of(email), email, text)).post("/v1/handoffs");
            String nia = TestData.agentToken("nia");
            String etag = given().auth().oauth2(nia).get("/v1/tickets/" + ticket).then().extract().header("ETag");
            given().auth().oauth2(nia).header("If-Match", etag).post("/v1/tickets/" + ticket + "/claim");
            given().auth().oauth2(nia).contentType(ContentType.JSON).body(Map.of("text", text)).post("/v1/tickets/" + ticket + "/notes");
            given().auth().oauth2(nia).contentType(ContentType.JSON).body(Map.of("text", text)).post("/v1/tickets/" + ticket + "/replies");
            given().auth().oauth2(nia).contentType(ContentType.JSON).body(Map.of("note", text)).post("/v1/tickets/" + ticket + "/resolve");
            given().auth().oauth2(nia).contentType(ContentType.JSON).body(Map.of("status", email)).put("/v1/tickets/" + ticket + "/status");
            supervisor().get().contentType(ContentType.JSON).body(Map.of("name", text, "skills", List.of(email), "topics", List.of(text)))
                    .put("/v1/queues/lg-queue");
            supervisor().get().contentType(ContentType.JSON).body(Map.of("displayName", text, "skills", List.of(email), "capacity", 3,
                    "queues", List.of(email), "availability", email)).put("/v1/agents/lg-agent");
            supervisor().get().queryParam("queue", email).queryParam("status", text).get("/v1/tickets");

            BrowserSession browser = BrowserSession.signIn("/desk", "support-web", "nia", "nia", Set.of("escalation-service"), "agent");
            String page = "/desk/tickets/" + ticket;
            Response opened = browser.get(page);
            browser.postForm(page + "/note", Map.of("csrf", csrf(opened), "text", text));
            browser.postForm(page + "/reply", Map.of("csrf", csrf(opened), "text", text));
            browser.postForm(page + "/handback", Map.of("csrf", csrf(opened), "version", "1", "note", text));
            browser.postForm("/desk/availability", Map.of("csrf", csrf(opened), "availability", email));
            browser.postForm(page + "/note", Map.of("csrf", email, "text", text));

            HostileInput.at("POST", "/v1/handoffs", bot()).personalData();
            HostileInput.at("POST", "/v1/handoffs/" + ticket + "/customer-messages", bot()).personalData();
            for (String action : List.of("replies", "notes", "resolve", "handback")) {
                HostileInput.at("POST", "/v1/tickets/" + ticket + "/" + action, supervisor()).personalData();
            }
            HostileInput.at("PUT", "/v1/queues/lg-queue", supervisor()).personalData();
            HostileInput.at("PUT", "/v1/agents/lg-agent", supervisor()).personalData();
            HostileInput.at("GET", "/v1/tickets/" + email, supervisor()).personalData();
            HostileInput.at("PUT", "/v1/agents/" + email, supervisor()).personalData();
            HostileInput.at("GET", "/v1/subjects/" + email + "/held-tickets",
                    () -> given().auth().oauth2(TOKENS.service("consent-service", "svc-consent"))).personalData();
            String customer = TOKENS.customer("lg-customer");
            HostileInput.refusalsOfPersonalPaths("GET", "/v1/tickets/{id}", customer);
            HostileInput.refusalsOfPersonalPaths("PUT", "/v1/agents/{id}", customer);
            HostileInput.refusalsOfPersonalPaths("GET", "/v1/subjects/{id}/data", customer);
            HostileInput.refusalsOfPersonalPaths("GET", "/{id}", customer);
            logs.assertNoPersonalData();
        }
    }

    @Test
    void theDeskPagesSurviveHostileFormsMethodsMediaTypesAndPaths() {
        String ticket = TestData.handOff(List.of("HUMAN_REQUESTED"), "en");
        BrowserSession nia = BrowserSession.signIn("/desk", "support-web", "nia", "nia", Set.of("escalation-service"), "agent");
        String page = "/desk/tickets/" + ticket;
        Response opened = nia.get(page);
        String csrf = csrf(opened);
        String version = version(opened);
        HostilePages.form(nia::request, "/desk/availability", Map.of("csrf", csrf, "availability", "ONLINE"));
        HostilePages.form(nia::request, page + "/note", Map.of("csrf", csrf, "text", "Checked the card"));
        HostilePages.form(nia::request, page + "/claim", Map.of("csrf", csrf, "version", version));
        HostilePages.form(nia::request, page + "/reply", Map.of("csrf", csrf, "text", "Done", "awaitCustomer", "on"));
        HostilePages.form(nia::request, page + "/resolve", Map.of("csrf", csrf, "version", version, "note", "n"));
        HostilePages.form(nia::request, page + "/feedback", Map.of("csrf", csrf, "version", version, "needed", "no"));
        for (String action : List.of("", "/claim", "/reply", "/note", "/handback", "/resolve", "/feedback")) {
            HostilePages.paths(nia::request, "/desk/tickets/{id}" + action);
        }
        // The event stream never ends for a signed-in browser (DeskPageTest reads it): probed here without a session.
        HostilePages.check("GET /desk/events anonymously", BrowserSession.anonymous().request().get("/desk/events"));
        HostilePages.check("POST /desk/events", nia.request().contentType("application/x-www-form-urlencoded").body("a=1").post("/desk/events"));
        for (String path : List.of("/desk", "/desk/team", "/desk/signed-out", "/desk/../q/health", "/desk/%00",
                "/desk/tickets", "/desk/" + "x".repeat(3_000))) {
            HostilePages.check("GET " + path, nia.request().urlEncodingEnabled(false).get(path));
            HostilePages.check("GET " + path + " anonymously", BrowserSession.anonymous().request().urlEncodingEnabled(false).get(path));
        }
        // Not signed in: every form is a redirect to sign in or a refusal, never a 5xx.
        BrowserSession anonymous = BrowserSession.anonymous();
        HostilePages.form(anonymous::request, page + "/note", Map.of("csrf", csrf, "text", "<script>alert('lg')</script>"));
        HostilePages.paths(anonymous::request, "/desk/tickets/{id}");
        assertTrue(nia.get("/desk").statusCode() == 200, "the session survived the probes");
    }

    private static String csrf(Response page) {
        Matcher m = CSRF.matcher(page.asString());
        assertTrue(m.find(), page.asString());
        return m.group(1);
    }

    private static String version(Response page) {
        Matcher m = VERSION.matcher(page.asString());
        assertTrue(m.find(), page.asString());
        return m.group(1);
    }
}
