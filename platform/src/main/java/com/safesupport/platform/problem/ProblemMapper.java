package com.safesupport.platform.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * The one exception mapper of every service: every error leaves as RFC 9457 problem+json.
 * Exception messages are never copied from unknown exceptions into a response or a log line,
 * because a parser or a driver may quote the input, and the input may be personal data.
 */
public class ProblemMapper {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);
    /** A PostgreSQL restart or fail-over takes seconds; a pooled connection is retried within this. */
    static final int DATABASE_RETRY_AFTER_SECONDS = 5;
    /** quarkus-oidc tries the provider again on the next request; Keycloak's own start takes tens of seconds. */
    static final int IDENTITY_PROVIDER_RETRY_AFTER_SECONDS = 5;

    @ServerExceptionMapper
    public Response domain(DomainException e, UriInfo uri) {
        Problem problem = new Problem(Problem.type(e.slug()), e.title(), e.status(), e.detail(), path(uri), null);
        if (e instanceof RetryLater later) {
            return Response.status(problem.status()).type(Problem.MEDIA_TYPE).header("Retry-After", later.retryAfterSeconds())
                    .entity(problem).build();
        }
        return respond(problem);
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e, UriInfo uri) {
        if (e.getConstraintViolations().stream().anyMatch(ProblemMapper::missingBody)) {
            // An empty body reaches a resource as null: it is as unreadable as a truncated one, so the same answer.
            return respond(new Problem(Problem.type("malformed-json"), "Bad Request", 400,
                    "The request body is not valid JSON for this endpoint (it is empty)", path(uri), null));
        }
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(field(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        return respond(new Problem(Problem.type("validation"), "Bad Request", 400,
                "The request is not valid: see errors", path(uri), errors));
    }

    /**
     * Quarkus' own mapper for request validation is more specific than {@link #invalid(ConstraintViolationException, UriInfo)}
     * and answers plain JSON: route it to the problem+json shape.
     */
    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER - 100)
    public Response invalidRequest(io.quarkus.hibernate.validator.runtime.jaxrs.ResteasyReactiveViolationException e, UriInfo uri) {
        return invalid(e, uri);
    }

    /**
     * quarkus-rest-jackson's built-in mapper for mismatched input (an unknown enum code, a string for a number) answers
     * plain JSON and echoes the rejected value, which may be personal data: answer problem+json without it.
     */
    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER - 100)
    public Response mismatched(com.fasterxml.jackson.databind.exc.MismatchedInputException e, UriInfo uri) {
        String field = field(e);
        if (field == null) {
            return unreadable(e, uri);
        }
        // Well-formed JSON with a value of the wrong kind: name the field (and an enum's codes), never the value.
        Class<?> target = e.getTargetType();
        String message = target != null && target.isEnum()
                ? "must be one of " + java.util.Arrays.stream(target.getEnumConstants()).map(Object::toString)
                        .collect(java.util.stream.Collectors.joining(", "))
                : "has the wrong type or format";
        return respond(new Problem(Problem.type("validation"), "Bad Request", 400,
                "The request is not valid: see errors", path(uri), List.of(new Problem.FieldError(field, message))));
    }

    /** The JSON path of a mismatched value ("items[2].type"), or null when it has none or a part is not a plain name. */
    static String field(com.fasterxml.jackson.core.JsonProcessingException e) {
        if (!(e instanceof com.fasterxml.jackson.databind.JsonMappingException mapping) || mapping.getPath().isEmpty()) {
            return null;
        }
        StringBuilder path = new StringBuilder();
        for (com.fasterxml.jackson.databind.JsonMappingException.Reference ref : mapping.getPath()) {
            String name = ref.getFieldName();
            if (ref.getFrom() instanceof java.util.Map) {
                return null; // a map key comes from the caller's input: not repeated
            }
            if (name == null && ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            } else if (name != null && FIELD_NAME.matcher(name).matches()) {
                path.append(path.isEmpty() ? "" : ".").append(name);
            } else {
                return null;
            }
        }
        return path.toString();
    }

    private static final java.util.regex.Pattern FIELD_NAME = java.util.regex.Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,63}");

    @ServerExceptionMapper
    public Response unreadable(JsonProcessingException e, UriInfo uri) {
        // Jackson quotes the offending input in its message: report only where it broke.
        String where = e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
        return respond(new Problem(Problem.type("malformed-json"), "Bad Request", 400,
                "The request body is not valid JSON for this endpoint" + where, path(uri), null));
    }

    @ServerExceptionMapper
    public Response unauthenticated(UnauthorizedException e, UriInfo uri) {
        return Response.status(401).header("WWW-Authenticate", "Bearer")
                .type(Problem.MEDIA_TYPE)
                .entity(new Problem(Problem.type("unauthorized"), "Unauthorized", 401, "A valid bearer token is required", path(uri), null))
                .build();
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
        return unauthenticated(new UnauthorizedException(), uri);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(new Problem(Problem.type("forbidden"), "Forbidden", 403,
                "Your token does not grant access to this resource", path(uri), null));
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        if (e.getCause() instanceof com.fasterxml.jackson.databind.exc.MismatchedInputException mismatch) {
            return mismatched(mismatch, uri);
        }
        if (e.getCause() instanceof JsonProcessingException parse) {
            // quarkus-rest-jackson wraps a syntax error (a truncated body: {"subjectId":"a) in a bare 400: answer it as
            // every other unreadable body, without the parser's message (it quotes the input).
            return unreadable(parse, uri);
        }
        Response original = e.getResponse();
        int status = original == null ? 500 : original.getStatus();
        Response.StatusType type = Response.Status.fromStatusCode(status);
        String title = type == null ? "Error" : type.getReasonPhrase();
        Response.ResponseBuilder builder = Response.status(status).type(Problem.MEDIA_TYPE);
        if (original != null) {
            original.getHeaders().forEach((name, values) -> {
                if (!name.equalsIgnoreCase("Content-Type")) {
                    values.forEach(v -> builder.header(name, v));
                }
            });
        }
        return builder.entity(new Problem(Problem.type(slug(title)), title, status, title, path(uri), null)).build();
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, UriInfo uri) {
        if (DatabaseUnavailable.causedBy(e)) {
            // A stopped or failing-over database is not a defect of the request: tell the caller to come back.
            // Not the path: an id in it may be personal data (a caller can put an e-mail address where an id belongs).
            LOG.warnf("Database unavailable (%s)", e.getClass().getName());
            return Response.status(503).type(Problem.MEDIA_TYPE).header("Retry-After", DATABASE_RETRY_AFTER_SECONDS)
                    .entity(new Problem(Problem.type("database-unavailable"), "Service Unavailable", 503,
                            "The service cannot reach its database right now; try again shortly", path(uri), null))
                    .build();
        }
        if (IdentityProviderUnavailable.causedBy(e)) {
            // Keycloak not (yet) reachable: no token can be verified, whoever sent it; not a defect of this service.
            // No path in the log line: it may name a subject.
            LOG.warnf("Identity provider unavailable (%s): request refused with 503", e.getClass().getName());
            return Response.status(503).type(Problem.MEDIA_TYPE).header("Retry-After", IDENTITY_PROVIDER_RETRY_AFTER_SECONDS)
                    .entity(identityProviderUnavailable(path(uri)))
                    .build();
        }
        if (UnstorableInput.causedBy(e)) {
            // A NUL character in a path, query or body value: PostgreSQL cannot store it as text; the caller's mistake.
            // Not the path: the unstorable value may be an id in it (the caller gets its path back as the instance).
            LOG.infof("Refused a value the database cannot store as text (%s)", e.getClass().getName());
            return respond(new Problem(Problem.type("invalid-characters"), "Bad Request", 400,
                    "The request contains a character that cannot be stored (such as NUL)", path(uri), null));
        }
        if (TooManyFormFields.causedBy(e)) {
            LOG.info("Refused a form with more fields than quarkus.http.limits.max-form-fields");
            return respond(new Problem(Problem.type("payload-too-large"), "Payload Too Large", 413,
                    "The form has more fields than this service accepts", path(uri), null));
        }
        String incident = UUID.randomUUID().toString();
        LOG.errorf("Unhandled %s, incident %s, at %s", e.getClass().getName(), incident, SafeTrace.of(e));
        return respond(new Problem(Problem.type("internal"), "Internal Server Error", 500,
                "Something went wrong on our side; incident " + incident, path(uri), null));
    }

    /** Also answered by {@link SignInUnavailable} when the failure comes before any resource (a page's sign-in). */
    static Problem identityProviderUnavailable(String instance) {
        return new Problem(Problem.type("identity-provider-unavailable"), "Service Unavailable", 503,
                "The service cannot reach the identity provider to verify tokens right now; try again shortly",
                instance, null);
    }

    static Response respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    /**
     * The request's path as the problem's {@code instance}: a URI reference, so percent-encoded as sent, and any
     * character outside RFC 3986's path characters encoded too. A decoded path would hand back a caller's
     * {@code <script>} as markup (found by LgBotTest, {@code GET /chat/conversations/%3Cscript%3E...}).
     */
    static String path(UriInfo uri) {
        return uri == null ? null : encodedPath(uri.getRequestUri().getRawPath());
    }

    static String encodedPath(String raw) {
        if (raw == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(raw.length());
        for (byte b : raw.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c < 0x80 && (Character.isLetterOrDigit(c) || "-._~!$&'()*+,;=:@/%".indexOf(c) >= 0)) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return out.toString();
    }

    /** A {@code @NotNull} request body that was null: the request had no body at all. */
    static boolean missingBody(ConstraintViolation<?> violation) {
        if (violation.getInvalidValue() != null
                || !(violation.getConstraintDescriptor().getAnnotation() instanceof jakarta.validation.constraints.NotNull)) {
            return false;
        }
        jakarta.validation.Path.MethodNode method = null;
        jakarta.validation.Path.ParameterNode parameter = null;
        int nodes = 0;
        for (jakarta.validation.Path.Node node : violation.getPropertyPath()) {
            nodes++;
            if (node.getKind() == jakarta.validation.ElementKind.METHOD) {
                method = node.as(jakarta.validation.Path.MethodNode.class);
            } else if (node.getKind() == jakarta.validation.ElementKind.PARAMETER) {
                parameter = node.as(jakarta.validation.Path.ParameterNode.class);
            }
        }
        if (nodes != 2 || method == null || parameter == null || violation.getRootBeanClass() == null) {
            return false;
        }
        // The declaration highest up: a CDI subclass overrides the resource's method without its annotations.
        java.lang.reflect.Method declared = null;
        for (Class<?> type = violation.getRootBeanClass(); type != null; type = type.getSuperclass()) {
            try {
                declared = type.getDeclaredMethod(method.getName(), method.getParameterTypes().toArray(Class<?>[]::new));
            } catch (NoSuchMethodException e) {
                // not declared at this level
            }
        }
        return declared != null && parameter.getParameterIndex() < declared.getParameterCount()
                && isBody(declared.getParameters()[parameter.getParameterIndex()]);
    }

    /** The entity parameter of a resource method: the one without a JAX-RS (or RESTEasy Reactive) source annotation. */
    private static boolean isBody(java.lang.reflect.Parameter parameter) {
        for (java.lang.annotation.Annotation annotation : parameter.getAnnotations()) {
            String name = annotation.annotationType().getName();
            if (name.startsWith("jakarta.ws.rs.") || name.startsWith("org.jboss.resteasy.reactive.")) {
                return false;
            }
        }
        return true;
    }

    private static String field(ConstraintViolation<?> violation) {
        // "create.arg0.text" → "text": callers know their body, not our method names.
        String path = violation.getPropertyPath().toString();
        String[] parts = path.split("\\.");
        return parts.length > 2 ? String.join(".", java.util.Arrays.copyOfRange(parts, 2, parts.length)) : parts[parts.length - 1];
    }

    private static String slug(String title) {
        return title.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }
}
