package io.tradewatch.strategy.domain;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads bars from CSV text for a backtest. With a header, columns are found by name ({@code time|t|timestamp},
 * {@code open|o}, {@code high|h}, {@code low|l}, {@code close|c|price}, {@code volume|v}; only time and close
 * are required); without one, rows are {@code time,open,high,low,close,volume} or {@code time,close}. Time is
 * epoch milliseconds or an ISO-8601 instant. Rows must be in increasing time order.
 */
public final class CsvBars {

    private static final int MAX_PROBLEMS = 20;

    private CsvBars() {
    }

    /** The bars, or the problems found (line numbers are 1-based). */
    public record Parsed(List<Bar> bars, List<DefinitionProblem> problems) {
    }

    public static Parsed parse(String text, String field) {
        List<Bar> bars = new ArrayList<>();
        List<DefinitionProblem> problems = new ArrayList<>();
        String[] lines = text.split("\\R");
        Map<String, Integer> columns = null;
        for (int i = 0; i < lines.length && problems.size() < MAX_PROBLEMS; i++) {
            String line = lines[i].trim();
            if (line.isEmpty()) {
                continue;
            }
            String[] cells = line.split("\\s*[,;]\\s*");
            if (columns == null && bars.isEmpty() && !cells[0].isEmpty() && !Character.isDigit(cells[0].charAt(0))) {
                columns = header(cells);
                if (!columns.containsKey("t") || !columns.containsKey("c")) {
                    problems.add(new DefinitionProblem(field, "line " + (i + 1) + ": the header needs time and close"));
                    break;
                }
                continue;
            }
            try {
                Bar bar = row(cells, (columns != null) ? columns : positional(cells.length));
                if (!bars.isEmpty() && bar.time() <= bars.getLast().time()) {
                    throw new IllegalArgumentException("time is not after the previous row's");
                }
                bars.add(bar);
            }
            catch (RuntimeException ex) {
                problems.add(new DefinitionProblem(field, "line " + (i + 1) + ": " + ex.getMessage()));
            }
        }
        if (bars.isEmpty() && problems.isEmpty()) {
            problems.add(new DefinitionProblem(field, "holds no rows"));
        }
        return new Parsed(bars, problems);
    }

    private static Map<String, Integer> header(String[] cells) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < cells.length; i++) {
            String key = switch (cells[i].toLowerCase(Locale.ROOT)) {
                case "time", "t", "timestamp" -> "t";
                case "open", "o" -> "o";
                case "high", "h" -> "h";
                case "low", "l" -> "l";
                case "close", "c", "price" -> "c";
                case "volume", "v" -> "v";
                default -> null;
            };
            if (key != null) {
                columns.putIfAbsent(key, i);
            }
        }
        return columns;
    }

    private static Map<String, Integer> positional(int cells) {
        return switch (cells) {
            case 2 -> Map.of("t", 0, "c", 1);
            case 6 -> Map.of("t", 0, "o", 1, "h", 2, "l", 3, "c", 4, "v", 5);
            default -> throw new IllegalArgumentException("expected 2 or 6 columns, found " + cells);
        };
    }

    private static Bar row(String[] cells, Map<String, Integer> columns) {
        long time = time(cell(cells, columns, "t"));
        double close = number(cell(cells, columns, "c"), "close");
        double open = columns.containsKey("o") ? number(cell(cells, columns, "o"), "open") : close;
        double high = columns.containsKey("h") ? number(cell(cells, columns, "h"), "high") : Math.max(open, close);
        double low = columns.containsKey("l") ? number(cell(cells, columns, "l"), "low") : Math.min(open, close);
        double volume = columns.containsKey("v") ? number(cell(cells, columns, "v"), "volume") : 0;
        if (close <= 0 || high < low || volume < 0) {
            throw new IllegalArgumentException("needs close > 0, high >= low and volume >= 0");
        }
        return new Bar(time, open, high, low, close, volume);
    }

    private static String cell(String[] cells, Map<String, Integer> columns, String key) {
        int index = columns.get(key);
        if (index >= cells.length) {
            throw new IllegalArgumentException("has no column " + (index + 1));
        }
        return cells[index];
    }

    private static long time(String text) {
        try {
            return text.chars().allMatch(Character::isDigit) ? Long.parseLong(text) : Instant.parse(text).toEpochMilli();
        }
        catch (NumberFormatException | DateTimeParseException ex) {
            throw new IllegalArgumentException("time '" + text + "' is neither epoch milliseconds nor ISO-8601");
        }
    }

    private static double number(String text, String name) {
        try {
            double value = Double.parseDouble(text);
            if (Double.isFinite(value)) {
                return value;
            }
        }
        catch (NumberFormatException ex) {
            // reported below
        }
        throw new IllegalArgumentException(name + " '" + text + "' is not a number");
    }
}
