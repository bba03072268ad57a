package io.tradewatch.platform.messaging;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/** The message headers the starter reads and writes. Both hold epoch milliseconds. */
public final class TradewatchHeaders {

    /** When the message was published; stamped on every message. */
    public static final String PUBLISHED_AT = "tw-published-at";

    /** When the tick that started this chain of events was received; carried from tick to fill. */
    public static final String ORIGIN_AT = "tw-origin-at";

    private TradewatchHeaders() {
    }

    /** A header holding epoch milliseconds, or -1 when it is absent or not a number. */
    public static long millis(Map<String, @Nullable Object> headers, String name) {
        Object value = headers.get(name);
        if (value instanceof Number number) {
            return number.longValue();
        }
        if (value instanceof String text) {
            try {
                return Long.parseLong(text);
            }
            catch (NumberFormatException ex) {
                return -1;
            }
        }
        return -1;
    }
}
