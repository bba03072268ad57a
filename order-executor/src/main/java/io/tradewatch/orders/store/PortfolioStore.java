package io.tradewatch.orders.store;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import tools.jackson.databind.json.JsonMapper;

import io.tradewatch.orders.config.OrderExecutorProperties;
import io.tradewatch.orders.domain.Account;
import io.tradewatch.orders.domain.Ledger;
import io.tradewatch.orders.domain.Order;
import io.tradewatch.orders.domain.Position;

import org.springframework.core.io.ClassPathResource;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;

/**
 * The paper portfolio in Redis: {@code portfolio:account} (cash, realized P&L, fees, version),
 * {@code portfolio:positions} (symbol to position JSON), {@code portfolio:marks} (symbol to last tick price),
 * {@code portfolio:fills} (processed-fill markers) and {@code portfolio:trades} (recent trades, newest first).
 * A fill is applied by one Lua script together with its marker and the order's move to FILLED.
 */
@Component
public class PortfolioStore {

    @SuppressWarnings("rawtypes")
    private static final RedisScript<List> FILL_CONTEXT = RedisScript
        .of(new ClassPathResource(FillContextArguments.SCRIPT), List.class);

    private static final RedisScript<Long> APPLY_FILL = RedisScript.of(new ClassPathResource(ApplyFillArguments.SCRIPT),
            Long.class);

    private final StringRedisTemplate redis;

    private final JsonMapper json;

    private final OrderStore orders;

    private final Outbox outbox;

    private final OrderExecutorProperties properties;

    PortfolioStore(StringRedisTemplate redis, JsonMapper json, OrderStore orders, Outbox outbox,
            OrderExecutorProperties properties) {
        this.redis = redis;
        this.json = json;
        this.orders = orders;
        this.outbox = outbox;
        this.properties = properties;
    }

    /** The account, or the opening account (starting cash, nothing realized) before the first fill. */
    public Account account() {
        return account(redis.opsForHash().entries(Keys.ACCOUNT));
    }

    /** The order {@code id} with its account, position and quote, in one round trip; empty if there is no order. */
    public Optional<FillContext> fillContext(UUID id) {
        FillContextArguments arguments = FillContextArguments.of(id);
        List<?> result = redis.execute(FILL_CONTEXT, arguments.keys(), arguments.argv());
        if (result == null || !(result.get(0) instanceof String json)) {
            return Optional.empty();
        }
        Order order = orders.decode(json);
        Position position = (result.get(2) instanceof String value) ? this.json.readValue(value, Position.class)
                : Position.flat(order.terms().symbol());
        return Optional.of(new FillContext(order, account(pairs(result.get(1))), position,
                QuoteReader.parse(order.terms().symbol(), pairs(result.get(3)))));
    }

    private Account account(Map<?, ?> fields) {
        if (fields.isEmpty()) {
            return Account.opening(properties.startingCash());
        }
        return new Account(new BigDecimal(fields.get("cash").toString()),
                new BigDecimal(fields.get("realized").toString()), new BigDecimal(fields.get("fees").toString()),
                Long.parseLong(fields.get("version").toString()));
    }

    private static Map<Object, Object> pairs(Object flat) {
        Map<Object, Object> map = new HashMap<>();
        if (flat instanceof List<?> list) {
            for (int i = 0; i + 1 < list.size(); i += 2) {
                map.put(list.get(i), list.get(i + 1));
            }
        }
        return map;
    }

    public List<Position> positions() {
        List<Position> positions = new ArrayList<>();
        redis.opsForHash().values(Keys.POSITIONS).forEach(v -> positions.add(json.readValue(v.toString(), Position.class)));
        return positions;
    }

    public Map<String, BigDecimal> marks() {
        Map<String, BigDecimal> marks = new HashMap<>();
        redis.opsForHash().entries(Keys.MARKS).forEach((k, v) -> marks.put(k.toString(), new BigDecimal(v.toString())));
        return marks;
    }

    /** The most recent trades, newest first. */
    public List<Trade> trades(int limit) {
        List<String> values = redis.opsForList().range(Keys.TRADES, 0, limit - 1L);
        return (values == null) ? List.of() : values.stream().map(v -> json.readValue(v, Trade.class)).toList();
    }

    /**
     * Applies a fill: the order moves from {@code from} to {@code to} (FILLED), the account and position take the
     * ledger's {@code effect} computed from {@code account}, and the fill's event enters the outbox; nothing is
     * written if the fill was applied before or the order or account changed since they were read.
     */
    public CommitResult applyFill(Order from, Order to, Account account, Ledger.Effect effect, Trade trade,
            OutboxEntry event) {
        Account after = effect.account();
        ApplyFillArguments arguments = new ApplyFillArguments(Keys.order(to.id()), Keys.OPEN,
                Keys.book(to.terms().symbol(), to.terms().side()), Keys.OUTBOX, Keys.OUTBOX_DUE, Keys.ACCOUNT,
                Keys.POSITIONS, Keys.FILLS, Keys.TRADES, Long.toString(from.revision()), orders.encode(to),
                to.id().toString(), Long.toString(orders.ttlOf(to)), Long.toString(account.version()),
                after.cash().toPlainString(), after.realizedPnl().toPlainString(), after.fees().toPlainString(),
                to.terms().symbol(), json.writeValueAsString(effect.position()), trade.fillId().toString(),
                Long.toString(trade.filledAt().toEpochMilli()), json.writeValueAsString(trade),
                Integer.toString(properties.tradesKept()), Integer.toString(properties.fillMarkersKept()),
                event.eventId(), outbox.encode(event), Long.toString(orders.dueAt()));
        Long code = redis.execute(APPLY_FILL, arguments.keys(), arguments.argv());
        return CommitResult.of(code);
    }
}
