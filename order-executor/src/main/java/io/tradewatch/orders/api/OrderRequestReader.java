package io.tradewatch.orders.api;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.tradewatch.platform.web.FieldProblem;
import io.tradewatch.platform.web.InvalidFieldsException;
import io.tradewatch.orders.domain.OrderRequest;

/**
 * Reads a {@code POST /api/orders} body into an {@link OrderRequestBody} and validates it with Bean Validation,
 * reporting every invalid field at once together with what JSON alone decides: malformed or duplicate-key bodies,
 * fields only the service may set, unknown fields and an invalid {@code Idempotency-Key}. Numbers are read as exact
 * decimals, never through {@code double}.
 */
final class OrderRequestReader {

    private static final Set<String> CLIENT_FIELDS = Set.of("symbol", "side", "type", "quantity", "limitPrice",
            "timeInForce", "clientOrderId");

    private static final Set<String> SERVICE_FIELDS = Set.of("id", "status", "filledQuantity", "averagePrice", "fill",
            "referencePrice", "notional", "source", "strategyId", "reason", "riskReasons", "decisionEventId",
            "requestEventId", "createdAt", "updatedAt", "transitions", "revision");

    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1,128}");

    private final JsonMapper json = JsonMapper.builder()
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .build();

    private final Validator validator;

    OrderRequestReader(Validator validator) {
        this.validator = validator;
    }

    /** The request, or an {@link InvalidFieldsException} naming every invalid field. */
    OrderRequest read(@Nullable String body, @Nullable String idempotencyKey) {
        List<FieldProblem> problems = new ArrayList<>();
        if (idempotencyKey != null && !KEY.matcher(idempotencyKey).matches()) {
            problems.add(new FieldProblem("Idempotency-Key", "must be 1-128 printable characters without spaces"));
        }
        JsonNode root = readObject(body, problems);
        OrderRequestBody request = (root != null) ? fields(root, problems) : null;
        if (request != null) {
            validator.validate(request)
                .stream()
                // one stable order: by field, then by message (a field may break several rules)
                .sorted(Comparator.<ConstraintViolation<OrderRequestBody>, String>comparing(v -> v.getPropertyPath().toString())
                    .thenComparing(ConstraintViolation::getMessage))
                .forEach(violation -> problems.add(problem(violation)));
        }
        if (request == null || !problems.isEmpty()) {
            throw new InvalidFieldsException(problems);
        }
        return request.toRequest();
    }

    private @Nullable OrderRequestBody fields(JsonNode root, List<FieldProblem> problems) {
        for (Map.Entry<String, JsonNode> field : root.properties()) {
            if (SERVICE_FIELDS.contains(field.getKey())) {
                problems.add(new FieldProblem(field.getKey(), "is set by the service and must not be sent"));
            }
            else if (!CLIENT_FIELDS.contains(field.getKey())) {
                problems.add(new FieldProblem(field.getKey(), "is not a field of an order request"));
            }
        }
        try {
            return json.treeToValue(root, OrderRequestBody.class);
        }
        catch (DatabindException ex) {
            String field = ex.getPath().isEmpty() ? "body" : ex.getPath().getLast().getPropertyName();
            problems.add(new FieldProblem((field != null) ? field : "body", "must be a string or a number"));
            return null;
        }
    }

    private static FieldProblem problem(ConstraintViolation<OrderRequestBody> violation) {
        String field = violation.getPropertyPath().toString();
        return new FieldProblem(field.isEmpty() ? "body" : field, violation.getMessage());
    }

    private @Nullable JsonNode readObject(@Nullable String body, List<FieldProblem> problems) {
        if (body == null || body.isBlank()) {
            problems.add(new FieldProblem("body", "an order request (JSON object) is required"));
            return null;
        }
        try {
            JsonNode root = json.readTree(body);
            if (root == null || !root.isObject()) {
                problems.add(new FieldProblem("body", "must be a JSON object"));
                return null;
            }
            return root;
        }
        catch (JacksonException ex) {
            problems.add(new FieldProblem("body", "is not valid JSON: " + ex.getOriginalMessage()));
            return null;
        }
    }
}
