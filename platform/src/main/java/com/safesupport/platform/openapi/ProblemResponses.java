package com.safesupport.platform.openapi;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import java.util.Map;

/**
 * The error responses every service answers the same way, added to each operation of {@code /openapi} so that the
 * annotations on a resource only name the errors particular to it (DESIGN.md, Conventions): 401 and 403 on every
 * operation that needs a token, 503 (database unavailable, with Retry-After) on every operation that reads or writes
 * the database and on every one that needs a token (identity provider unavailable), 408 (body not received whole in
 * {@code suite.http.body-read-timeout}, {@code SlowBodyBound}) and 413 (body over the size limit, {@code PayloadTooLarge})
 * on every operation that takes a request body, and the problem+json shape on every documented error.
 */
public class ProblemResponses implements OASFilter {

    public static final String PROBLEM_JSON = "application/problem+json";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        openAPI.getComponents().addSchema("Problem", OASFactory.createSchema()
                .type(java.util.List.of(Schema.SchemaType.OBJECT))
                .description("RFC 9457 problem details; detail never contains personal data")
                .addProperty("type", OASFactory.createSchema().type(java.util.List.of(Schema.SchemaType.STRING)))
                .addProperty("title", OASFactory.createSchema().type(java.util.List.of(Schema.SchemaType.STRING)))
                .addProperty("status", OASFactory.createSchema().type(java.util.List.of(Schema.SchemaType.INTEGER)))
                .addProperty("detail", OASFactory.createSchema().type(java.util.List.of(Schema.SchemaType.STRING)))
                .addProperty("instance", OASFactory.createSchema().type(java.util.List.of(Schema.SchemaType.STRING))));
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (Map.Entry<String, PathItem> path : openAPI.getPaths().getPathItems().entrySet()) {
            Map<PathItem.HttpMethod, Operation> operations = path.getValue().getOperations();
            if (operations == null) {
                continue;
            }
            for (Operation operation : operations.values()) {
                complete(path.getKey(), operation);
            }
        }
    }

    private void complete(String path, Operation operation) {
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            operation.setResponses(responses);
        }
        boolean secured = (operation.getSecurity() != null && !operation.getSecurity().isEmpty())
                || responses.hasAPIResponse("401");
        if (secured) {
            add(responses, "401", "No bearer token, or one that is invalid or expired");
            add(responses, "403", "The token lacks a role this operation allows, or names another subject");
        }
        if (!path.endsWith("/whoami")) {
            add(responses, "503", secured
                    ? "The database or the identity provider cannot be reached right now; retry after the Retry-After seconds"
                    : "The database cannot be reached right now; retry after the Retry-After seconds");
        } else if (secured) {
            // no token can be verified while the identity provider cannot be reached (ProblemMapper)
            add(responses, "503", "The identity provider cannot be reached right now; retry after the Retry-After seconds");
        }
        if (operation.getRequestBody() != null) {
            add(responses, "408", "The request body was not received whole within the body-read time-out after the headers; the connection is closed");
            add(responses, "413", "The request body is larger than the service accepts");
        }
        if (responses.getAPIResponses() != null) {
            responses.getAPIResponses().forEach((code, response) -> {
                if ((code.startsWith("4") || code.startsWith("5")) && response.getContent() == null) {
                    response.setContent(problemContent());
                }
            });
        }
    }

    private void add(APIResponses responses, String code, String description) {
        APIResponse existing = responses.getAPIResponse(code);
        if (existing == null) {
            responses.addAPIResponse(code, OASFactory.createAPIResponse().description(description).content(problemContent()));
        } else if (existing.getDescription() == null || existing.getDescription().startsWith("Not ")) {
            existing.setDescription(description);
        }
    }

    private static Content problemContent() {
        MediaType type = OASFactory.createMediaType().schema(OASFactory.createSchema().ref("Problem"));
        return OASFactory.createContent().addMediaType(PROBLEM_JSON, type);
    }
}
