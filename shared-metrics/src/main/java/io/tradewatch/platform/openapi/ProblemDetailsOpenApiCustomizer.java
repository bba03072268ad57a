package io.tradewatch.platform.openapi;

import java.util.Map;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;

/**
 * Describes the suite's RFC 9457 error answers in an OpenAPI document: a {@value #PROBLEM_SCHEMA} schema, and on
 * every operation each 4xx/5xx response as {@value #PROBLEM_JSON} of that schema. Every operation answers 500
 * for an unexpected failure, and 400 when it takes parameters or a body; other error codes an operation
 * declares itself (with {@code @ApiResponse}) get the same content.
 */
public final class ProblemDetailsOpenApiCustomizer implements GlobalOpenApiCustomizer {

    /** The media type of every error answer. */
    public static final String PROBLEM_JSON = "application/problem+json";

    /** The name of the problem schema under {@code components.schemas}. */
    public static final String PROBLEM_SCHEMA = "ProblemDetail";

    static final String FIELD_PROBLEM_SCHEMA = "FieldProblem";

    private static final String INVALID_REQUEST = "Invalid request: a parameter or the body is missing, malformed"
            + " or out of range; the problem's errors list each invalid field";

    private static final String UNEXPECTED_FAILURE = "Unexpected failure: logged and counted by the service;"
            + " retry later and report it with the X-Request-Id if it persists";

    @Override
    public void customise(OpenAPI openApi) {
        if (openApi.getComponents() == null) {
            openApi.setComponents(new Components());
        }
        openApi.getComponents().addSchemas(PROBLEM_SCHEMA, problemSchema());
        openApi.getComponents().addSchemas(FIELD_PROBLEM_SCHEMA, fieldProblemSchema());
        if (openApi.getPaths() == null) {
            return;
        }
        for (PathItem path : openApi.getPaths().values()) {
            for (Operation operation : path.readOperations()) {
                describeProblems(operation);
            }
        }
    }

    private static void describeProblems(Operation operation) {
        if (operation.getResponses() == null) {
            operation.setResponses(new ApiResponses());
        }
        ApiResponses responses = operation.getResponses();
        if (takesInput(operation)) {
            responses.putIfAbsent("400", new ApiResponse().description(INVALID_REQUEST));
        }
        responses.putIfAbsent("500", new ApiResponse().description(UNEXPECTED_FAILURE));
        for (Map.Entry<String, ApiResponse> response : responses.entrySet()) {
            if (isError(response.getKey())) {
                response.getValue().setContent(problemContent());
            }
        }
    }

    private static boolean takesInput(Operation operation) {
        return operation.getRequestBody() != null
                || (operation.getParameters() != null && !operation.getParameters().isEmpty());
    }

    /** 4xx and 5xx codes, and the {@code 4XX}/{@code 5XX} ranges OpenAPI allows. */
    static boolean isError(String code) {
        return code.length() == 3 && (code.charAt(0) == '4' || code.charAt(0) == '5');
    }

    private static Content problemContent() {
        return new Content().addMediaType(PROBLEM_JSON,
                new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM_SCHEMA)));
    }

    private static Schema<?> problemSchema() {
        return new ObjectSchema()
            .description("An RFC 9457 problem: what went wrong, for people (title, detail) and for programs (type,"
                    + " status); further members may follow")
            .addProperty("type", new StringSchema().format("uri")
                .description("Names the kind of problem, such as https://tradewatch.io/problems/invalid-request"))
            .addProperty("title", new StringSchema().description("A short summary of the kind of problem"))
            .addProperty("status", new IntegerSchema().description("The HTTP status code"))
            .addProperty("detail", new StringSchema().description("What went wrong with this request"))
            .addProperty("instance", new StringSchema().format("uri-reference")
                .description("The request path the problem is about"))
            .addProperty("requestId", new StringSchema()
                .description("The request's id (the X-Request-Id header): quote it when reporting the problem"))
            .addProperty("errors", new ArraySchema()
                .items(new Schema<>().$ref("#/components/schemas/" + FIELD_PROBLEM_SCHEMA))
                .description("On an invalid request: each invalid field"))
            .additionalProperties(Boolean.TRUE);
    }

    private static Schema<?> fieldProblemSchema() {
        return new ObjectSchema()
            .description("One invalid field of a request")
            .addProperty("field", new StringSchema().description("The field's JSON path or the parameter's name"))
            .addProperty("message", new StringSchema().description("What is wrong with it"));
    }
}
