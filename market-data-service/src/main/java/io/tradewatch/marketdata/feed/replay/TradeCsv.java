package io.tradewatch.marketdata.feed.replay;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The replay file format: a header line naming the columns (any order, extra columns ignored), then one
 * trade per line. Required: {@code trade_time} (epoch milliseconds or ISO-8601 instant), {@code symbol},
 * {@code price}, {@code size}; optional: {@code bid}, {@code ask} (the price when empty) and {@code seq}
 * (numbered per symbol when empty). Blank lines and lines starting with {@code #} are skipped.
 */
final class TradeCsv {

    private static final String[] REQUIRED = { "trade_time", "symbol", "price", "size" };

    private final Map<String, Integer> columns;

    private TradeCsv(Map<String, Integer> columns) {
        this.columns = columns;
    }

    /** Reads the header line; fails when a required column is missing. */
    static TradeCsv header(String line) {
        Map<String, Integer> columns = new HashMap<>();
        String[] names = line.split(",", -1);
        for (int i = 0; i < names.length; i++) {
            columns.put(names[i].trim().toLowerCase(Locale.ROOT), i);
        }
        for (String required : REQUIRED) {
            if (!columns.containsKey(required)) {
                throw new IllegalArgumentException("the replay file's header lacks the column '" + required
                        + "' (found " + columns.keySet() + ")");
            }
        }
        return new TradeCsv(columns);
    }

    static boolean skipped(String line) {
        return line.isBlank() || line.startsWith("#");
    }

    /** One trade line; throws {@link IllegalArgumentException} naming what is wrong. */
    Row row(String line) {
        String[] cells = line.split(",", -1);
        String price = cell(cells, "price");
        String symbol = cell(cells, "symbol");
        if (symbol == null || price == null) {
            throw new IllegalArgumentException("missing symbol or price");
        }
        String size = cell(cells, "size");
        String bid = cell(cells, "bid");
        String ask = cell(cells, "ask");
        String seq = cell(cells, "seq");
        return new Row(time(cell(cells, "trade_time")), symbol.toUpperCase(Locale.ROOT), price,
                (size != null) ? size : "", (bid != null) ? bid : price, (ask != null) ? ask : price,
                (seq != null) ? parseSeq(seq) : null);
    }

    private @Nullable String cell(String[] cells, String column) {
        Integer index = columns.get(column);
        if (index == null || index >= cells.length) {
            return null;
        }
        String value = cells[index].trim();
        return value.isEmpty() ? null : value;
    }

    private static long time(@Nullable String value) {
        if (value == null) {
            throw new IllegalArgumentException("missing trade_time");
        }
        try {
            return value.chars().allMatch(Character::isDigit) ? Long.parseLong(value)
                    : Instant.parse(value).toEpochMilli();
        }
        catch (NumberFormatException | DateTimeParseException ex) {
            throw new IllegalArgumentException("trade_time '" + value + "' is neither epoch milliseconds nor ISO-8601");
        }
    }

    private static long parseSeq(String value) {
        try {
            return Long.parseLong(value);
        }
        catch (NumberFormatException ex) {
            throw new IllegalArgumentException("seq '" + value + "' is not an integer");
        }
    }

    /** One recorded trade, its numbers still as written. */
    record Row(long tradeTimeMillis, String symbol, String price, String size, String bid, String ask,
            @Nullable Long seq) {
    }
}
