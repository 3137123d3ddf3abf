package com.safesupport.platform.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.Response;

/**
 * An API of the suite answered a page's call with an error: its HTTP status and the problem's {@code detail}, which
 * the suite's APIs write for people and never fill with the caller's input, so a page may show it as it is.
 */
public class ApiRefusal extends RuntimeException {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final int status;
    private final String detail;

    public ApiRefusal(int status, String detail) {
        super("API answered " + status, null, false, false);
        this.status = status;
        this.detail = detail;
    }

    /** For a REST client's {@code @ClientExceptionMapper}: reads the problem+json body if there is one. */
    public static ApiRefusal of(Response response) {
        String detail = null;
        try {
            if (response.hasEntity()) {
                JsonNode body = JSON.readTree(response.readEntity(String.class));
                detail = body.hasNonNull("detail") ? body.get("detail").asText() : null;
            }
        } catch (RuntimeException | java.io.IOException e) {
            detail = null;
        }
        return new ApiRefusal(response.getStatus(), detail);
    }

    public int status() {
        return status;
    }

    /** The API's explanation for people, or null. */
    public String detail() {
        return detail;
    }
}
