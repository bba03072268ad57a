package io.tradewatch.risk.store;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.tradewatch.risk.config.RiskProperties;
import io.tradewatch.risk.domain.KillSwitchState;
import io.tradewatch.risk.domain.PositionView;
import io.tradewatch.risk.domain.ReservationView;
import io.tradewatch.risk.domain.RiskView;
import io.tradewatch.risk.domain.rules.DrawdownLevel;
import io.tradewatch.risk.domain.rules.LimitsDraft;
import io.tradewatch.risk.domain.rules.LimitsValidator;
import io.tradewatch.risk.domain.rules.RiskLimits;
import io.tradewatch.risk.domain.rules.RiskState;
import io.tradewatch.risk.domain.rules.SymbolBook;
import io.tradewatch.risk.domain.rules.Units;

import org.springframework.stereotype.Component;

/** Reads the whole risk state with {@code snapshot.lua} (one atomic step) and turns it into a {@link RiskView}. */
@Component
public class SnapshotReader {

    private final RiskScripts scripts;

    private final JsonMapper json;

    private final LimitsRepository limits;

    private final String startingEquity;

    SnapshotReader(RiskScripts scripts, JsonMapper json, LimitsRepository limits, RiskProperties properties) {
        this.scripts = scripts;
        this.json = json;
        this.limits = limits;
        this.startingEquity = Long.toString(Units.toUnits(properties.startingEquity(), Units.USD));
    }

    public RiskView read() {
        JsonNode root = json.readTree(scripts.run(new SnapshotArguments(startingEquity)));
        Map<String, SymbolBook> books = new HashMap<>();
        List<PositionView> positions = new ArrayList<>();
        for (JsonNode p : elements(root.get("positions"))) {
            String symbol = p.get("symbol").asString();
            SymbolBook book = new SymbolBook(symbol, qty(p, "q"), qty(p, "buy"), qty(p, "sell"), usd(p, "unreal"),
                    usd(p, "expo"));
            books.put(symbol, book);
            String mark = p.get("mark").asString();
            positions.add(new PositionView(symbol, plain(book.position()), p.get("avg").asString(),
                    mark.isEmpty() ? null : mark, plain(usd(p, "realized")), plain(book.unrealized()),
                    plain(book.exposure()), plain(book.pendingBuy()), plain(book.pendingSell())));
        }
        List<ReservationView> reservations = new ArrayList<>();
        for (JsonNode r : elements(root.get("reservations"))) {
            reservations.add(new ReservationView(r.get("orderId").asString(), r.get("symbol").asString(),
                    r.get("side").asString(), plain(qty(r, "qty")), plain(usd(r, "expo")), plain(usd(r, "notional")),
                    r.get("at").asString()));
        }
        JsonNode ks = root.get("killSwitch");
        KillSwitchState killSwitch = new KillSwitchState("1".equals(ks.get("engaged").asString()),
                blankToNull(ks.get("reason")), blankToNull(ks.get("source")), blankToNull(ks.get("since")));
        String day = root.get("day").asString();
        RiskState state = new RiskState(killSwitch.engaged(), books, usd(root, "reserved"), reservations.size(),
                usd(root, "base"), usd(root, "realized"), usd(root, "peak"), day.isEmpty() ? null : day,
                root.get("dayStart").asString().isEmpty() ? null : usd(root, "dayStart"));
        return new RiskView(limits(root.get("limits").asString()), state, killSwitch, positions, reservations,
                DrawdownLevel.ofCode(Integer.parseInt(root.get("ddLevel").asString())));
    }

    private RiskLimits limits(String stored) {
        if (stored.isEmpty()) {
            return limits.current();
        }
        return switch (LimitsValidator.validate(json.readValue(stored, LimitsDraft.class))) {
            case LimitsValidator.Valid valid -> valid.limits();
            case LimitsValidator.Invalid invalid -> throw new IllegalStateException(
                    "The stored risk limits are invalid: " + invalid.problems() + "; replace them with PUT /api/risk/limits");
        };
    }

    private static Iterable<JsonNode> elements(JsonNode node) {
        return node.isArray() ? node : List.of();
    }

    private static BigDecimal qty(JsonNode node, String field) {
        return Units.fromUnits(node.get(field).asString(), Units.QUANTITY);
    }

    private static BigDecimal usd(JsonNode node, String field) {
        return Units.fromUnits(node.get(field).asString(), Units.USD);
    }

    private static String plain(BigDecimal value) {
        return value.toPlainString();
    }

    private static @Nullable String blankToNull(JsonNode node) {
        String text = node.asString();
        return text.isEmpty() ? null : text;
    }
}
