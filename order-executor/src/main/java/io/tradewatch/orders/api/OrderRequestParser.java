package io.tradewatch.orders.api;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.tradewatch.orders.domain.Decimals;
import io.tradewatch.orders.domain.OrderRequest;
import io.tradewatch.orders.domain.OrderType;
import io.tradewatch.orders.domain.Side;
import io.tradewatch.orders.domain.TimeInForce;
import io.tradewatch.platform.web.FieldProblem;
import io.tradewatch.platform.web.InvalidFieldsException;

/**
 * Reads a {@code POST /api/orders} body and reports every invalid field at once: unknown symbols, bad enums,
 * non-positive, non-finite or over-precise amounts, a LIMIT without or a MARKET with a price, and fields only the
 * service may set. Numbers are read as exact decimals, never through {@code double}.
 */
final class OrderRequestParser {

    private static final Set<String> CLIENT_FIELDS = Set.of("symbol", "side", "type", "quantity", "limitPrice",
            "timeInForce", "clientOrderId");

    private static final Set<String> SERVICE_FIELDS = Set.of("id", "status", "filledQuantity", "averagePrice", "fill",
            "referencePrice", "notional", "source", "strategyId", "reason", "riskReasons", "decisionEventId",
            "requestEventId", "createdAt", "updatedAt", "transitions", "revision");

    private static final Pattern CLIENT_ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1,128}");

    private static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000000000");

    private final JsonMapper json = JsonMapper.builder()
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .build();

    private final Set<String> symbols;

    OrderRequestParser(Set<String> symbols) {
        this.symbols = symbols;
    }

    /** The request, or an {@link InvalidFieldsException} naming every invalid field. */
    OrderRequest parse(@Nullable String body, @Nullable String idempotencyKey) {
        List<FieldProblem> problems = new ArrayList<>();
        if (idempotencyKey != null && !KEY.matcher(idempotencyKey).matches()) {
            problems.add(new FieldProblem("Idempotency-Key", "must be 1-128 printable characters without spaces"));
        }
        JsonNode root = readObject(body, problems);
        if (root == null) {
            throw new InvalidFieldsException(problems);
        }
        for (Map.Entry<String, JsonNode> field : root.properties()) {
            if (SERVICE_FIELDS.contains(field.getKey())) {
                problems.add(new FieldProblem(field.getKey(), "is set by the service and must not be sent"));
            }
            else if (!CLIENT_FIELDS.contains(field.getKey())) {
                problems.add(new FieldProblem(field.getKey(), "is not a field of an order request"));
            }
        }
        Fields fields = new Fields(root, problems);
        String symbol = fields.text("symbol", true);
        if (symbol != null && !symbols.contains(symbol)) {
            problems.add(new FieldProblem("symbol", "unknown symbol '" + symbol + "'; known: " + sorted()));
        }
        Side side = fields.choice("side", Side.class, true);
        OrderType type = fields.choice("type", OrderType.class, true);
        BigDecimal quantity = fields.amount("quantity", true);
        BigDecimal limitPrice = fields.amount("limitPrice", false);
        TimeInForce timeInForce = fields.choice("timeInForce", TimeInForce.class, false);
        String clientOrderId = fields.text("clientOrderId", false);
        if (clientOrderId != null && !CLIENT_ID.matcher(clientOrderId).matches()) {
            problems.add(new FieldProblem("clientOrderId", "must be 1-64 letters, digits or . _ : -"));
        }
        priceMatchesType(type, limitPrice, fields, problems);
        if (!problems.isEmpty()) {
            throw new InvalidFieldsException(problems);
        }
        return new OrderRequest(symbol, side, type, quantity, limitPrice,
                (timeInForce != null) ? timeInForce : TimeInForce.GTC, clientOrderId);
    }

    private static void priceMatchesType(@Nullable OrderType type, @Nullable BigDecimal limitPrice, Fields fields,
            List<FieldProblem> problems) {
        if (type == OrderType.LIMIT && limitPrice == null && !fields.present("limitPrice")) {
            problems.add(new FieldProblem("limitPrice", "is required for a LIMIT order"));
        }
        if (type == OrderType.MARKET && fields.present("limitPrice")) {
            problems.add(new FieldProblem("limitPrice", "must not be set for a MARKET order"));
        }
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

    private String sorted() {
        return String.join(", ", symbols.stream().sorted().toList());
    }

    /** Typed access to the request's fields, each failure added to the problems. */
    private record Fields(JsonNode root, List<FieldProblem> problems) {

        boolean present(String name) {
            JsonNode node = root.get(name);
            return node != null && !node.isNull();
        }

        @Nullable String text(String name, boolean required) {
            JsonNode node = root.get(name);
            if (node == null || node.isNull()) {
                if (required) {
                    problems.add(new FieldProblem(name, "is required"));
                }
                return null;
            }
            if (!node.isString() || node.stringValue().isBlank()) {
                problems.add(new FieldProblem(name, "must be a non-empty string"));
                return null;
            }
            return node.stringValue().trim();
        }

        <E extends Enum<E>> @Nullable E choice(String name, Class<E> type, boolean required) {
            String value = text(name, required);
            if (value == null) {
                return null;
            }
            for (E constant : type.getEnumConstants()) {
                if (constant.name().equals(value)) {
                    return constant;
                }
            }
            problems.add(new FieldProblem(name, "must be one of " + java.util.Arrays.toString(type.getEnumConstants())));
            return null;
        }

        @Nullable BigDecimal amount(String name, boolean required) {
            JsonNode node = root.get(name);
            if (node == null || node.isNull()) {
                if (required) {
                    problems.add(new FieldProblem(name, "is required"));
                }
                return null;
            }
            BigDecimal value = decimal(node);
            if (value == null) {
                problems.add(new FieldProblem(name, "must be a finite decimal number (JSON number or string)"));
            }
            else if (value.signum() <= 0) {
                problems.add(new FieldProblem(name, "must be greater than zero"));
            }
            else if (Decimals.decimalsOf(value) > Decimals.SCALE) {
                problems.add(new FieldProblem(name, "must have at most " + Decimals.SCALE + " decimals"));
            }
            else if (value.compareTo(MAX_AMOUNT) > 0) {
                problems.add(new FieldProblem(name, "must be at most " + MAX_AMOUNT.toPlainString()));
            }
            else {
                return value.stripTrailingZeros().setScale(Decimals.SCALE);
            }
            return null;
        }

        private static @Nullable BigDecimal decimal(JsonNode node) {
            if (node.isNumber()) {
                return node.decimalValue();
            }
            if (!node.isString()) {
                return null;
            }
            try {
                return new BigDecimal(node.stringValue().trim());
            }
            catch (NumberFormatException ex) {
                return null;
            }
        }
    }
}
