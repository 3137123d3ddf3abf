package com.safesupport.platform.problem;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Well-formed JSON with an unknown code ({@code "jurisdiction": "EU"} where GDPR or CCPA is expected) was answered
 * "The request body is not valid JSON": found by following docs/consent.md on a fresh clone (round fu). It is a
 * validation problem naming the field and the allowed codes, and never the rejected value.
 */
class FuMismatchedInputTest {

    enum Jurisdiction { GDPR, CCPA }

    record Filing(String type, Jurisdiction jurisdiction, List<Integer> counts, Map<String, Integer> byName) {
    }

    private final ProblemMapper mapper = new ProblemMapper();
    private final ObjectMapper json = new ObjectMapper();

    private MismatchedInputException failure(String body) {
        return assertThrows(MismatchedInputException.class, () -> json.readValue(body, Filing.class));
    }

    @Test
    void anUnknownEnumCodeNamesTheFieldAndTheCodesNotTheValue() {
        Response response = mapper.mismatched(failure("{\"type\":\"ACCESS\",\"jurisdiction\":\"Maria Kowalski\"}"), null);
        assertEquals(400, response.getStatus());
        Problem problem = (Problem) response.getEntity();
        assertEquals(Problem.type("validation"), problem.type());
        assertEquals(List.of(new Problem.FieldError("jurisdiction", "must be one of GDPR, CCPA")), problem.errors());
        assertFalse(problem.toString().contains("Maria"), "the rejected value is not echoed");
    }

    @Test
    void aWrongTypeInAListNamesItsIndex() {
        Problem problem = (Problem) mapper.mismatched(failure("{\"counts\":[1,\"x\"]}"), null).getEntity();
        assertEquals("counts[1]", problem.errors().getFirst().field());
        assertEquals("has the wrong type or format", problem.errors().getFirst().message());
    }

    @Test
    void aMapKeyIsNeverRepeatedLookAlike() {
        // the key comes from the caller (it could be a name): the answer falls back to the generic one, no field
        Problem problem = (Problem) mapper.mismatched(failure("{\"byName\":{\"Maria\":\"x\"}}"), null).getEntity();
        assertEquals(Problem.type("malformed-json"), problem.type());
        assertEquals(null, problem.errors());
        assertFalse(problem.toString().contains("Maria"));
    }
}
