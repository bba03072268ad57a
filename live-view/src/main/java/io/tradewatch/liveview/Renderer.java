package io.tradewatch.liveview;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;

import io.tradewatch.liveview.ViewModel.AlertRow;
import io.tradewatch.liveview.ViewModel.ServiceRow;
import io.tradewatch.liveview.ViewModel.StrategyRow;
import io.tradewatch.liveview.ViewModel.SymbolRow;

/**
 * Draws a {@link ViewModel} as at most {@value #MAX_ROWS} lines of at most {@value #MAX_COLUMNS} columns
 * (fewer when the terminal is smaller): prices and services side by side, then signals and orders, then
 * P&amp;L and alerts. Lists longer than their room end with a "+N more" line. Plain Java, no I/O.
 */
final class Renderer {

    static final int MAX_COLUMNS = 80;

    static final int MAX_ROWS = 24;

    static final int LEFT = 38;

    static final int SYMBOL_ROWS = 7;

    static final int STRATEGY_ROWS = 4;

    static final int ALERT_ROWS = 4;

    private static final String SEPARATOR = " | ";

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.systemDefault());

    private Renderer() {
    }

    /** The screen for a terminal of {@code columns} x {@code rows}. */
    static List<AttributedString> render(ViewModel model, int columns, int rows) {
        int width = Math.min(columns, MAX_COLUMNS);
        List<AttributedString> lines = new ArrayList<>();
        lines.add(heading("Tradewatch  " + TIME.format(model.at()) + "  suite " + model.suiteStatus(),
                "q or Ctrl-C quits"));
        lines.add(bold(pair(String.format(Locale.ROOT, "%-12s %14s %9s", "SYMBOL", "LAST", "TICKS/S"),
                String.format(Locale.ROOT, "%-14s %-5s %6s %9s", "SERVICE", "READY", "HEALTH", "P99"))));
        List<String> left = limit(model.symbols().stream().map(Renderer::symbol).toList(), SYMBOL_ROWS);
        List<String> right = model.services().stream().map(Renderer::service).toList();
        columns(lines, left, right, SYMBOL_ROWS);
        lines.add(new AttributedString("-".repeat(MAX_COLUMNS)));
        lines.add(bold(pair(String.format(Locale.ROOT, "%-26s %5s %5s", "SIGNALS BY STRATEGY", "BUY", "SELL"),
                "ORDERS")));
        columns(lines, limit(model.strategies().stream().map(Renderer::strategy).toList(), STRATEGY_ROWS),
                orders(model.orders()), STRATEGY_ROWS);
        lines.add(new AttributedString("-".repeat(MAX_COLUMNS)));
        long firing = model.alerts().stream().filter(alert -> "firing".equals(alert.state())).count();
        lines.add(bold(pair("P&L (USD)", "ALERTS " + firing + " firing, " + (model.alerts().size() - firing)
                + " pending (" + model.alertSource() + ")")));
        columns(lines, pnl(model.pnl()), limit(model.alerts().stream().map(Renderer::alert).toList(), ALERT_ROWS),
                ALERT_ROWS);
        lines.add(new AttributedString("P99 of: tick processing, evaluation, order to fill, risk check, delivery,"
                + " requests"));
        lines.add(new AttributedString("alert-system sent " + number(model.alertsTriggered(), "%.0f")
                + " alerts; counts are since each service started"));
        return lines.stream().limit(Math.min(rows, MAX_ROWS)).map(line -> line.columnSubSequence(0, width)).toList();
    }

    /** The whole view on one line, for output that is not a terminal. */
    static String plainLine(ViewModel model) {
        double ticks = model.symbols().stream().mapToDouble(row -> row.ticksPerSecond().orElse(0)).sum();
        boolean ticksKnown = model.symbols().stream().anyMatch(row -> row.ticksPerSecond().isPresent());
        long signals = model.strategies().stream().mapToLong(row -> row.buy() + row.sell()).sum();
        long ready = model.services().stream().filter(row -> "UP".equals(row.readiness())).count();
        String btc = model.symbols().stream().filter(row -> row.symbol().equals("BTCUSDT")).map(SymbolRow::last)
            .findFirst().orElse("-");
        return String.format(Locale.ROOT,
                "%s suite=%s ready=%d/%d BTCUSDT=%s ticks/s=%s signals=%d placed=%s filled=%s rejected=%s "
                        + "cancelled=%s fills/s=%s realized=%s unrealized=%s value=%s alerts=%d alerts-sent=%s",
                TIME.format(model.at()), model.suiteStatus(), ready, model.services().size(), btc,
                ticksKnown ? String.format(Locale.ROOT, "%.1f", ticks) : "-", signals,
                number(model.orders().placed(), "%.0f"), number(model.orders().filled(), "%.0f"),
                number(model.orders().rejected(), "%.0f"), number(model.orders().cancelled(), "%.0f"),
                number(model.pnl().fillsPerSecond(), "%.2f"), number(model.pnl().realized(), "%.2f"),
                number(model.pnl().unrealized(), "%.2f"), number(model.pnl().portfolioValue(), "%.2f"),
                model.alerts().size(), number(model.alertsTriggered(), "%.0f"));
    }

    private static String symbol(SymbolRow row) {
        return String.format(Locale.ROOT, "%-12s %14s %9s", row.symbol(), row.last(), number(row.ticksPerSecond(), "%.1f"));
    }

    private static String service(ServiceRow row) {
        String name = row.name().endsWith("-service") ? row.name().substring(0, row.name().length() - 8) : row.name();
        String readiness = switch (row.readiness()) {
            case "UNREACHABLE" -> "UNRCH";
            case "TIMEOUT" -> "TMOUT";
            default -> row.readiness();
        };
        return String.format(Locale.ROOT, "%-14s %-5s %6s %9s", name, readiness, number(row.health(), "%.0f"),
                duration(row.p99()));
    }

    private static String strategy(StrategyRow row) {
        return String.format(Locale.ROOT, "%-26s %5d %5d", row.strategy(), row.buy(), row.sell());
    }

    private static List<String> orders(ViewModel.Orders orders) {
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "placed %-8s filled %s", number(orders.placed(), "%.0f"),
                number(orders.filled(), "%.0f")));
        lines.add(String.format(Locale.ROOT, "rejected %-6s cancelled %s", number(orders.rejected(), "%.0f"),
                number(orders.cancelled(), "%.0f")));
        if (!orders.topReasons().isEmpty()) {
            lines.add("top reject reasons (risk):");
            lines.add(String.join(", ", orders.topReasons().stream()
                .map(reason -> reason.reason() + " " + reason.count()).toList()));
        }
        return lines;
    }

    private static List<String> pnl(ViewModel.Pnl pnl) {
        return List.of(String.format(Locale.ROOT, "%-16s %16s", "fills/s", number(pnl.fillsPerSecond(), "%.2f")),
                String.format(Locale.ROOT, "%-16s %16s", "realized", number(pnl.realized(), "%,.2f")),
                String.format(Locale.ROOT, "%-16s %16s", "unrealized", number(pnl.unrealized(), "%,.2f")),
                String.format(Locale.ROOT, "%-16s %16s", "portfolio value", number(pnl.portfolioValue(), "%,.2f")));
    }

    private static String alert(AlertRow row) {
        String state = "firing".equals(row.state()) ? "FIRE" : "pend";
        String severity = row.severity().length() > 4 ? row.severity().substring(0, 4) : row.severity();
        return String.format(Locale.ROOT, "%-4s %-4s %s %s", state, severity, row.name(), row.service());
    }

    /** At most {@code rows} lines: a longer list keeps {@code rows - 1} and says how many it left out. */
    static List<String> limit(List<String> lines, int rows) {
        if (lines.size() <= rows) {
            return lines;
        }
        List<String> kept = new ArrayList<>(lines.subList(0, rows - 1));
        kept.add("+" + (lines.size() - rows + 1) + " more");
        return kept;
    }

    private static void columns(List<AttributedString> lines, List<String> left, List<String> right, int rows) {
        int height = Math.max(rows, right.size());
        for (int row = 0; row < height; row++) {
            lines.add(new AttributedString(pair(row < left.size() ? left.get(row) : "",
                    row < right.size() ? right.get(row) : "")));
        }
    }

    private static String pair(String left, String right) {
        String cut = left.length() > LEFT ? left.substring(0, LEFT) : left;
        return String.format(Locale.ROOT, "%-" + LEFT + "s%s%s", cut, SEPARATOR, right).stripTrailing();
    }

    private static AttributedString heading(String left, String right) {
        int gap = Math.max(1, MAX_COLUMNS - left.length() - right.length());
        return bold(left + " ".repeat(gap) + right);
    }

    private static AttributedString bold(String text) {
        return new AttributedStringBuilder().style(AttributedStyle.BOLD).append(text).toAttributedString();
    }

    private static String number(OptionalDouble value, String format) {
        return value.isPresent() ? String.format(Locale.ROOT, format, value.getAsDouble()) : "-";
    }

    static String duration(OptionalDouble seconds) {
        if (seconds.isEmpty()) {
            return "-";
        }
        double value = seconds.getAsDouble();
        if (value < 0.001) {
            return String.format(Locale.ROOT, "%.0f us", value * 1_000_000);
        }
        if (value < 1) {
            return String.format(Locale.ROOT, "%.1f ms", value * 1000);
        }
        return String.format(Locale.ROOT, "%.2f s", value);
    }
}
