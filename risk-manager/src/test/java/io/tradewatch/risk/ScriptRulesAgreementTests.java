package io.tradewatch.risk;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import io.tradewatch.metrics.CacheMetrics;
import io.tradewatch.risk.domain.LimitsDocument;
import io.tradewatch.risk.domain.rules.OrderCheck;
import io.tradewatch.risk.domain.rules.RiskLimits;
import io.tradewatch.risk.domain.rules.RiskRules;
import io.tradewatch.risk.domain.rules.RiskState;
import io.tradewatch.risk.domain.rules.Side;
import io.tradewatch.risk.domain.rules.SymbolBook;
import io.tradewatch.risk.domain.rules.SymbolLimits;
import io.tradewatch.risk.domain.rules.Units;
import io.tradewatch.risk.store.CheckAndReserveArguments;
import io.tradewatch.risk.store.RiskScripts;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps {@code check-and-reserve.lua} and {@link RiskRules} in agreement: hundreds of random states and
 * orders, most of them one unit either side of a limit, are decided by both, which must fail the same
 * rules with the same values and thresholds and reserve the same exposure. The script runs on real Redis
 * under its own key prefix, beside the service's keys.
 */
class ScriptRulesAgreementTests extends RiskIntegrationTest {

    private static final String PREFIX = "riskcheck:";

    private static final String TODAY = "2026-03-02";

    /** HALTUSDT: not tradable by its limits; XYZUSDT: not tradable in the catalog; BNBUSDT: no per-symbol limits. */
    private static final String[] SYMBOLS = { "BTCUSDT", "ETHUSDT", "HALTUSDT", "XYZUSDT", "BNBUSDT" };

    private final Random random = new Random(20260302L);

    @AfterEach
    void removeScenarioKeys() {
        clear();
    }

    @Test
    void theScriptAndTheJavaRulesDecideEveryScenarioAlike() {
        RiskScripts scripts = new RiskScripts(redis, context.getBean(CacheMetrics.class), PREFIX);
        int rejected = 0;
        int approved = 0;
        for (int scenario = 0; scenario < 400; scenario++) {
            clear();
            RiskLimits limits = limits();
            RiskState state = state(limits);
            OrderCheck order = order(limits, state);
            store(limits, state);
            boolean catalogTradable = !order.symbol().equals("XYZUSDT");
            List<List<String>> expected = RiskRules.evaluate(order, limits, state, TODAY, catalogTradable)
                .stream()
                .map(v -> List.of(v.rule().wireName(), units(v.value(), v.rule().valueScale()),
                        units(v.threshold(), v.rule().thresholdScale())))
                .toList();
            String orderId = UUID.randomUUID().toString();
            JsonNode decision = json.readTree(scripts.run(new CheckAndReserveArguments("e-" + scenario, orderId,
                    order.symbol(), order.side().name(), units(order.quantity(), Units.QUANTITY),
                    units(order.notional(), Units.USD), "d-" + scenario, "2026-03-02T10:00:00Z", TODAY, "10000000",
                    "60", "0", catalogTradable ? "1" : "0"))).get("decision");
            List<List<String>> actual = new ArrayList<>();
            if (decision.get("reasons").isArray()) {
                decision.get("reasons").forEach(r -> actual.add(List.of(r.get(0).asString(), r.get(1).asString(),
                        r.get(2).asString())));
            }
            assertThat(actual).as("scenario %d: %s with %s", scenario, order, state).isEqualTo(expected);
            if (expected.isEmpty()) {
                approved++;
                assertThat(redis.opsForHash().get(PREFIX + "res:" + orderId, "expo")).as("scenario %d", scenario)
                    .isEqualTo(units(RiskRules.reservedExposure(order, state), Units.USD));
            }
            else {
                rejected++;
            }
        }
        assertThat(rejected).as("rejections exercised").isGreaterThanOrEqualTo(80);
        assertThat(approved).as("approvals exercised").isGreaterThanOrEqualTo(80);
    }

    @Test
    void aCriticalRejectionEngagesTheKillSwitchOnlyWhenConfigured() {
        RiskScripts scripts = new RiskScripts(redis, context.getBean(CacheMetrics.class), PREFIX);
        for (String engage : new String[] { "0", "1" }) {
            clear();
            redis.opsForValue().set(PREFIX + "limits", json.writeValueAsString(LimitsDocument.of(limits())));
            redis.opsForHash().putAll(PREFIX + "account", Map.of("base", "10000000", "peak", "10000000", "realized",
                    "-2000000", "day", TODAY, "dayStart", "10000000"));
            JsonNode answer = json.readTree(scripts.run(new CheckAndReserveArguments("e", "o", "BTCUSDT",
                    "BUY", "1", "1", "d", "2026-03-02T10:00:00Z", TODAY, "10000000", "60", engage, "1")));
            assertThat(answer.get("engaged").asBoolean()).isEqualTo(engage.equals("1"));
            assertThat(redis.opsForHash().get(PREFIX + "killswitch", "engaged"))
                .isEqualTo(engage.equals("1") ? "1" : null);
        }
    }

    private RiskLimits limits() {
        Map<String, SymbolLimits> symbols = Map.of("BTCUSDT", new SymbolLimits(true, qty(1, 3), qty(3, 8)), "ETHUSDT",
                new SymbolLimits(true, qty(10, 40), qty(40, 120)), "HALTUSDT", new SymbolLimits(false, qty(1, 5),
                        qty(5, 10)));
        return new RiskLimits(symbols, usd(50_000, 100_000), usd(150_000, 300_000), 3 + random.nextInt(10),
                usd(1_000, 10_000), ratio(200, 600), ratio(800, 2000));
    }

    private RiskState state(RiskLimits limits) {
        Map<String, SymbolBook> books = new HashMap<>();
        for (String symbol : List.of("BTCUSDT", "ETHUSDT", "HALTUSDT")) {
            if (random.nextInt(3) > 0) {
                BigDecimal max = limits.symbol(symbol).maxPosition();
                books.put(symbol, new SymbolBook(symbol, signed(max), part(max), part(max), usd(-2_000, 2_000),
                        usd(0, 60_000)));
            }
        }
        BigDecimal unrealized = books.values().stream().map(SymbolBook::unrealized).reduce(BigDecimal.ZERO,
                BigDecimal::add);
        BigDecimal base = new BigDecimal("100000.00");
        BigDecimal dayStart = base.add(usd(-1_000, 1_000));
        BigDecimal realized = usd(-500, 500);
        BigDecimal peak = base.add(usd(0, 2_000));
        switch (random.nextInt(7)) {
            case 0 -> realized = dayStart.subtract(nudge(limits.dailyLossLimit(), Units.USD)).subtract(base)
                .subtract(unrealized);
            case 1 -> {
                BigDecimal equity = base.add(realized).add(unrealized);
                BigDecimal atLimit = equity.multiply(BigDecimal.valueOf(10_000))
                    .divide(BigDecimal.valueOf(10_000).subtract(limits.maxDrawdown().movePointRight(4)), 2,
                            java.math.RoundingMode.HALF_UP);
                peak = nudge(atLimit, Units.USD);
            }
            default -> {
            }
        }
        String day = random.nextInt(6) == 0 ? "2026-03-01" : TODAY;
        int open = (random.nextInt(8) == 0) ? limits.maxOpenOrders() - random.nextInt(2)
                : random.nextInt(limits.maxOpenOrders() - 1);
        return new RiskState(random.nextInt(20) == 0, books, usd(0, 60_000), open, base, realized, peak, day, dayStart);
    }

    private OrderCheck order(RiskLimits limits, RiskState state) {
        String symbol = SYMBOLS[random.nextInt(random.nextInt(4) == 0 ? SYMBOLS.length : 2)];
        Side side = random.nextBoolean() ? Side.BUY : Side.SELL;
        SymbolLimits l = limits.symbol(symbol);
        BigDecimal quantity;
        if (l == null || random.nextInt(3) == 0) {
            quantity = qty(0, 1);
        }
        else if (random.nextBoolean()) {
            quantity = nudge(l.maxOrderQuantity(), Units.QUANTITY);
        }
        else {
            BigDecimal room = l.maxPosition().subtract(state.book(symbol).projectedPosition(side, BigDecimal.ZERO));
            quantity = nudge(room.max(new BigDecimal("0.00000001")), Units.QUANTITY);
        }
        quantity = quantity.max(new BigDecimal("0.00000001"));
        BigDecimal notional = switch (random.nextInt(4)) {
            case 0 -> nudge(limits.maxOrderNotional(), Units.USD);
            case 1 -> nudge(limits.maxGrossExposure().subtract(state.grossExposure()).max(BigDecimal.ONE), Units.USD);
            default -> usd(1, 20_000);
        };
        return new OrderCheck(symbol, side, quantity, notional.max(BigDecimal.ZERO));
    }

    private void store(RiskLimits limits, RiskState state) {
        redis.opsForValue().set(PREFIX + "limits", json.writeValueAsString(LimitsDocument.of(limits)));
        Map<String, String> account = new HashMap<>(Map.of("base", units(state.startingEquity(), Units.USD), "realized",
                units(state.realizedPnl(), Units.USD), "reserved", units(state.reservedExposure(), Units.USD), "peak",
                units(state.storedPeak(), Units.USD), "day", state.day()));
        account.put("dayStart", units(state.storedDayStart(), Units.USD));
        redis.opsForHash().putAll(PREFIX + "account", account);
        if (state.killSwitch()) {
            redis.opsForHash().put(PREFIX + "killswitch", "engaged", "1");
        }
        for (SymbolBook book : state.books().values()) {
            redis.opsForSet().add(PREFIX + "symbols", book.symbol());
            redis.opsForHash().putAll(PREFIX + "pos:" + book.symbol(), Map.of("q",
                    units(book.position(), Units.QUANTITY), "buy", units(book.pendingBuy(), Units.QUANTITY), "sell",
                    units(book.pendingSell(), Units.QUANTITY), "unreal", units(book.unrealized(), Units.USD), "expo",
                    units(book.exposure(), Units.USD)));
        }
        for (int i = 0; i < state.openOrders(); i++) {
            redis.opsForSet().add(PREFIX + "open", "open-" + i);
        }
    }

    private void clear() {
        Set<String> keys = redis.keys(PREFIX + "*");
        if (!keys.isEmpty()) {
            redis.delete(keys);
        }
    }

    private BigDecimal nudge(BigDecimal value, int scale) {
        BigDecimal unit = BigDecimal.ONE.movePointLeft(scale);
        return Units.scaled(value, scale).add(unit.multiply(BigDecimal.valueOf(random.nextInt(3) - 1)));
    }

    private BigDecimal qty(int from, int to) {
        return BigDecimal.valueOf(from * 100_000_000L + (long) (random.nextDouble() * (to - from) * 100_000_000L), 8);
    }

    private BigDecimal signed(BigDecimal max) {
        return Units.scaled(max.multiply(BigDecimal.valueOf(random.nextDouble() - 0.5)), Units.QUANTITY);
    }

    private BigDecimal part(BigDecimal max) {
        return (random.nextInt(3) > 0) ? BigDecimal.ZERO
                : Units.scaled(max.multiply(BigDecimal.valueOf(random.nextDouble() / 4)), Units.QUANTITY);
    }

    private BigDecimal usd(long from, long to) {
        return BigDecimal.valueOf(from * 100 + (long) (random.nextDouble() * (to - from) * 100), 2);
    }

    private BigDecimal ratio(int fromBp, int toBp) {
        return BigDecimal.valueOf(fromBp + random.nextInt(toBp - fromBp), 4);
    }

    private static String units(BigDecimal value, int scale) {
        return Long.toString(Units.toUnits(value, scale));
    }
}
