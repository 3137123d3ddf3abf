package com.safesupport.platform.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * quarkus-rest-jackson wraps a syntax error in a bare {@code WebApplicationException(400)}: a truncated body
 * ({@code {"subjectId":"a}) was answered the generic "bad-request" instead of {@code malformed-json}. Also the browser
 * rule of {@link SignInUnavailable}.
 */
class PtMalformedJsonTest {

    record Filing(String subjectId, String type) {
    }

    private final ProblemMapper mapper = new ProblemMapper();

    private static JsonProcessingException failure(String body) {
        return assertThrows(JsonProcessingException.class, () -> new ObjectMapper().readValue(body, Filing.class));
    }

    @Test
    void aTruncatedBodyWrappedByQuarkusIsMalformedJsonWithoutTheInput() {
        for (String body : new String[] {"{\"subjectId\":\"Maria Kowalski", "{\"subjectId\":", "{", "nul", "{\"a\" 1}"}) {
            Response response = mapper.web(new WebApplicationException(failure(body), Response.Status.BAD_REQUEST), null);
            assertEquals(400, response.getStatus(), body);
            Problem problem = (Problem) response.getEntity();
            assertEquals(Problem.type("malformed-json"), problem.type(), body);
            assertFalse(problem.toString().contains("Maria"), "the body is not echoed");
            assertFalse(problem.toString().contains("subjectId"), "nor a field name the parser quotes");
        }
    }

    @Test
    void otherClientErrorsKeepTheirOwnProblemLookAlike() {
        Response response = mapper.web(new WebApplicationException(Response.Status.BAD_REQUEST), null);
        assertEquals(Problem.type("bad-request"), ((Problem) response.getEntity()).type());
        Response wrapped = mapper.web(new WebApplicationException(new IllegalStateException("x"), Response.Status.NOT_FOUND), null);
        assertEquals(Problem.type("not-found"), ((Problem) wrapped.getEntity()).type());
    }

    @Test
    void aBrowserNavigationGetsHtmlAnApiClientJson() {
        assertTrue(SignInUnavailable.wantsHtml("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"));
        assertFalse(SignInUnavailable.wantsHtml("application/json"));
        assertFalse(SignInUnavailable.wantsHtml("application/problem+json, text/html;q=0.5"));
        assertFalse(SignInUnavailable.wantsHtml("*/*"));
        assertFalse(SignInUnavailable.wantsHtml(null));
        assertFalse(SignInUnavailable.PAGE.contains("http"), "no address of anything in the page");
    }
}
