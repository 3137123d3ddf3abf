package com.safesupport.platform.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.quarkus.runtime.annotations.RegisterForReflection;

import java.net.URI;
import java.util.List;

/**
 * An RFC 9457 problem document, the body of every error the suite returns. Registered for reflection: exception
 * mappers return it inside a {@code Response}, which Quarkus does not see as a resource method's return type, so a
 * native image would otherwise serialise it without its fields (consent-service's PlumbingIT found this).
 */
@RegisterForReflection
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(URI type, String title, int status, String detail, String instance, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    static final String TYPE_BASE = "https://safesupport.dev/problems/";

    /** One invalid field of a request; the message never repeats the rejected value. */
    @RegisterForReflection
    public record FieldError(String field, String message) {
    }

    public static URI type(String slug) {
        return URI.create(TYPE_BASE + slug);
    }
}
