package io.tradewatch.orders.api;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import io.tradewatch.orders.domain.Order;
import io.tradewatch.orders.domain.OrderStatus;
import io.tradewatch.orders.store.OrderStore;
import io.tradewatch.platform.instrument.Instrument;
import io.tradewatch.platform.instrument.InstrumentCatalog;
import io.tradewatch.platform.web.FieldProblem;
import io.tradewatch.platform.web.InvalidFieldsException;

/** {@code GET /api/orders}: the most recent orders, newest first, filtered by status and symbol. */
final class OrderQueries {

    static final int DEFAULT_LIMIT = 100;

    static final int MAX_LIMIT = 1000;

    private final OrderStore store;

    private final InstrumentCatalog catalog;

    private final int scanLimit;

    OrderQueries(OrderStore store, InstrumentCatalog catalog, int scanLimit) {
        this.store = store;
        this.catalog = catalog;
        this.scanLimit = scanLimit;
    }

    List<Order> list(@Nullable String status, @Nullable String symbolParameter, @Nullable String limit) {
        List<FieldProblem> problems = new ArrayList<>();
        OrderStatus wanted = status(status, problems);
        String symbol = (symbolParameter != null) ? Instrument.normalise(symbolParameter) : null;
        if (symbol != null && !catalog.contains(symbol)) {
            problems.add(new FieldProblem("symbol", "unknown symbol '" + symbol + "'"));
        }
        int count = limit(limit, problems);
        if (!problems.isEmpty()) {
            throw new InvalidFieldsException(problems);
        }
        boolean filtered = wanted != null || symbol != null;
        List<Order> matching = new ArrayList<>();
        for (Order order : store.findAll(store.recent(filtered ? scanLimit : count))) {
            if ((wanted == null || order.status() == wanted) && (symbol == null || order.terms().symbol().equals(symbol))) {
                matching.add(order);
                if (matching.size() == count) {
                    break;
                }
            }
        }
        return matching;
    }

    private static @Nullable OrderStatus status(@Nullable String status, List<FieldProblem> problems) {
        if (status == null) {
            return null;
        }
        try {
            return OrderStatus.valueOf(status);
        }
        catch (IllegalArgumentException ex) {
            problems.add(new FieldProblem("status", "must be one of " + java.util.Arrays.toString(OrderStatus.values())));
            return null;
        }
    }

    private static int limit(@Nullable String limit, List<FieldProblem> problems) {
        if (limit == null) {
            return DEFAULT_LIMIT;
        }
        try {
            int value = Integer.parseInt(limit);
            if (value >= 1 && value <= MAX_LIMIT) {
                return value;
            }
        }
        catch (NumberFormatException ex) {
            // reported below with the allowed range
        }
        problems.add(new FieldProblem("limit", "must be a whole number from 1 to " + MAX_LIMIT));
        return DEFAULT_LIMIT;
    }
}
