package io.tradewatch.orders.store;

import java.util.UUID;

import io.tradewatch.orders.domain.Side;

/** The Redis keys order-executor owns ({@code orders:*}, {@code portfolio:*}) and the quote keys it reads. */
final class Keys {

    static final String OPEN = "orders:open";

    static final String INDEX = "orders:index";

    static final String OUTBOX = "orders:outbox";

    static final String OUTBOX_DUE = "orders:outbox:due";

    static final String ACCOUNT = "portfolio:account";

    static final String POSITIONS = "portfolio:positions";

    static final String MARKS = "portfolio:marks";

    static final String FILLS = "portfolio:fills";

    static final String TRADES = "portfolio:trades";

    private Keys() {
    }

    static String order(UUID id) {
        return "orders:" + id;
    }

    static String idempotency(String key) {
        return "orders:idem:" + key;
    }

    static String book(String symbol, Side side) {
        return "orders:book:" + symbol + ":" + side.name();
    }

    static String quote(String symbol) {
        return "md:quote:" + symbol;
    }
}
