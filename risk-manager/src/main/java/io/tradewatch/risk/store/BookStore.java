package io.tradewatch.risk.store;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import io.tradewatch.risk.domain.pnl.Position;
import io.tradewatch.risk.domain.pnl.Reservation;
import io.tradewatch.risk.domain.rules.Units;

import org.springframework.data.redis.core.HashOperations;
import org.springframework.stereotype.Component;

/**
 * Positions and reservations in Redis ({@code risk:pos:<SYMBOL>}, {@code risk:res:<orderId>}): plain reads,
 * and the scripts that change them atomically.
 */
@Component
public class BookStore {

    private final RiskScripts scripts;

    private final JsonMapper json;

    private final HashOperations<String, String, String> hashes;

    BookStore(RiskScripts scripts, JsonMapper json) {
        this.scripts = scripts;
        this.json = json;
        this.hashes = scripts.redis().opsForHash();
    }

    /** A position as stored, with its last mark (null before the first) and its version (bumped by fills). */
    public record PositionRow(Position position, @Nullable String mark, long version) {
    }

    /**
     * What a script answers: its status and, after a fill or a mark, the drawdown level before and after,
     * the drawdown (1e-6 units) and whether this change engaged the kill switch.
     */
    public record Outcome(String status, @Nullable Integer level, @Nullable Integer previous, @Nullable String drawdown,
            @Nullable Boolean engaged) {

        public boolean rose() {
            return level != null && previous != null && level > previous;
        }

        public boolean engagedKillSwitch() {
            return Boolean.TRUE.equals(engaged);
        }
    }

    public PositionRow position(String symbol) {
        List<String> v = hashes.multiGet(scripts.key("pos:" + symbol), List.of("q", "avg", "realized", "mark", "ver"));
        Position position = new Position(Units.fromUnits(text(v.get(0)), Units.QUANTITY), decimal(v.get(1)),
                Units.fromUnits(text(v.get(2)), Units.USD));
        String mark = text(v.get(3));
        return new PositionRow(position, mark.isEmpty() ? null : mark, text(v.get(4)).isEmpty() ? 0
                : Long.parseLong(v.get(4)));
    }

    public @Nullable Reservation reservation(String orderId) {
        List<String> v = hashes.multiGet(scripts.key("res:" + orderId), List.of("qty", "expo"));
        if (v.get(0) == null) {
            return null;
        }
        return new Reservation(Units.fromUnits(v.get(0), Units.QUANTITY), Units.fromUnits(text(v.get(1)), Units.USD));
    }

    /** Records the mark of a symbol without a position; nothing else depends on it. */
    public void setMark(String symbol, String mark) {
        hashes.put(scripts.key("pos:" + symbol), "mark", mark);
    }

    public Outcome run(RiskScriptArguments arguments) {
        return json.readValue(scripts.run(arguments), Outcome.class);
    }

    private static String text(@Nullable String value) {
        return (value == null) ? "" : value;
    }

    private static BigDecimal decimal(@Nullable String value) {
        return (value == null || value.isEmpty()) ? BigDecimal.ZERO : new BigDecimal(value);
    }
}
