package io.tradewatch.orders.store;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import io.tradewatch.orders.config.OrderExecutorProperties;
import io.tradewatch.orders.domain.Order;
import io.tradewatch.orders.domain.OrderStatus;
import io.tradewatch.orders.domain.OrderType;
import io.tradewatch.orders.domain.Side;

import org.springframework.core.io.ClassPathResource;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;

/**
 * Orders in Redis: {@code orders:<id>} (JSON), {@code orders:open}, {@code orders:index} (by creation time) and
 * the resting limit order books {@code orders:book:<SYMBOL>:<SIDE>} (by limit price). Every change is one Lua
 * script that checks the revision it was computed from, so concurrent replicas never overwrite each other.
 */
@Component
public class OrderStore {

    private static final RedisScript<Long> CREATE = RedisScript.of(new ClassPathResource(CreateOrderArguments.SCRIPT),
            Long.class);

    private static final RedisScript<Long> TRANSITION = RedisScript
        .of(new ClassPathResource(TransitionOrderArguments.SCRIPT), Long.class);

    @SuppressWarnings("rawtypes")
    private static final RedisScript<List> TICK = RedisScript.of(new ClassPathResource(TickArguments.SCRIPT), List.class);

    private static final String NONE = "orders:none";

    private final StringRedisTemplate redis;

    private final JsonMapper json;

    private final Outbox outbox;

    private final OrderExecutorProperties properties;

    private final Clock clock;

    OrderStore(StringRedisTemplate redis, JsonMapper json, Outbox outbox, OrderExecutorProperties properties, Clock clock) {
        this.clock = clock;
        this.redis = redis;
        this.json = json;
        this.outbox = outbox;
        this.properties = properties;
    }

    public Optional<Order> find(UUID id) {
        String value = redis.opsForValue().get(Keys.order(id));
        return Optional.ofNullable(value).map(this::decode);
    }

    /** The orders of these ids that still exist, in the same order. */
    public List<Order> findAll(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<String> values = redis.opsForValue().multiGet(ids.stream().map(Keys::order).toList());
        List<Order> orders = new ArrayList<>();
        if (values != null) {
            values.stream().filter(v -> v != null).forEach(v -> orders.add(decode(v)));
        }
        return orders;
    }

    /** The ids of the {@code count} most recently created orders, newest first. */
    public List<UUID> recent(int count) {
        Set<String> ids = redis.opsForZSet().reverseRange(Keys.INDEX, 0, count - 1L);
        return (ids == null) ? List.of() : ids.stream().map(UUID::fromString).toList();
    }

    /** Stores a new order, its first event (if any) and its idempotency key; see {@link CreateResult}. */
    public CreateResult create(Order order, @Nullable OutboxEntry event, @Nullable IdempotencyClaim claim) {
        long now = order.createdAt().toEpochMilli();
        CreateOrderArguments arguments = new CreateOrderArguments(Keys.order(order.id()), Keys.OPEN, Keys.INDEX,
                Keys.OUTBOX, Keys.OUTBOX_DUE, (claim != null) ? Keys.idempotency(claim.key()) : NONE, encode(order),
                Long.toString(now), order.status().isTerminal() ? "0" : "1", (event != null) ? event.eventId() : "",
                (event != null) ? outbox.encode(event) : "", Long.toString(dueAt()),
                (claim != null) ? claim.pendingValue() : "", (claim != null) ? claim.committedValue() : "",
                Long.toString(properties.idempotency().ttl().toMillis()),
                Long.toString(now - properties.orderRetention().toMillis()), Long.toString(ttlOf(order)),
                order.id().toString());
        Long code = redis.execute(CREATE, arguments.keys(), arguments.argv());
        return switch (code.intValue()) {
            case 1 -> CreateResult.CREATED;
            case 0 -> CreateResult.EXISTS;
            default -> CreateResult.LEASE_LOST;
        };
    }

    /** Replaces {@code from} by {@code to} (and enqueues {@code event}) if the order is still at {@code from}'s revision. */
    public CommitResult transition(Order from, Order to, @Nullable OutboxEntry event) {
        String openOp = to.status().isTerminal() ? "rem" : "";
        boolean resting = to.terms().type() == OrderType.LIMIT && to.status() == OrderStatus.APPROVED;
        String bookOp = resting ? "add" : (to.terms().type() == OrderType.LIMIT && to.status().isTerminal()) ? "rem" : "";
        BigDecimal score = (to.terms().limitPrice() != null) ? to.terms().limitPrice() : BigDecimal.ZERO;
        TransitionOrderArguments arguments = new TransitionOrderArguments(Keys.order(to.id()), Keys.OPEN,
                Keys.book(to.terms().symbol(), to.terms().side()), Keys.OUTBOX, Keys.OUTBOX_DUE,
                Long.toString(from.revision()), encode(to), openOp, bookOp, score.toPlainString(), to.id().toString(),
                (event != null) ? event.eventId() : "", (event != null) ? outbox.encode(event) : "",
                Long.toString(dueAt()), Long.toString(ttlOf(to)));
        Long code = redis.execute(TRANSITION, arguments.keys(), arguments.argv());
        return CommitResult.of(code);
    }

    /**
     * Marks {@code symbol} at {@code mark} and returns the ids of resting orders a tick quoting {@code ask} and
     * {@code bid} may cross (the caller checks each exactly: book scores are doubles).
     */
    public Candidates markAndCross(String symbol, BigDecimal mark, BigDecimal ask, BigDecimal bid) {
        double askScore = ask.doubleValue() * (1 - 1e-12);
        double bidScore = bid.doubleValue() * (1 + 1e-12);
        TickArguments arguments = new TickArguments(Keys.MARKS, Keys.book(symbol, Side.BUY),
                Keys.book(symbol, Side.SELL), symbol, mark.toPlainString(), Double.toString(askScore),
                Double.toString(bidScore));
        List<?> result = redis.execute(TICK, arguments.keys(), arguments.argv());
        List<UUID> buys = new ArrayList<>();
        List<UUID> sells = new ArrayList<>();
        List<UUID> target = buys;
        for (Object id : result) {
            if ("|".equals(id)) {
                target = sells;
            }
            else {
                target.add(UUID.fromString((String) id));
            }
        }
        return new Candidates(buys, sells);
    }

    String encode(Order order) {
        return json.writeValueAsString(StoredOrder.of(order));
    }

    Order decode(String value) {
        return json.readValue(value, StoredOrder.class).toOrder();
    }

    long ttlOf(Order order) {
        return order.status().isTerminal() ? properties.orderRetention().toMillis() : 0;
    }

    long dueAt() {
        return clock.millis() + properties.outbox().confirmTimeout().toMillis();
    }

    /** What storing a new order did. */
    public enum CreateResult {
        /** Stored. */
        CREATED,
        /** An order with this id already exists (a redelivered signal): nothing was written. */
        EXISTS,
        /** The idempotency key is no longer held by this request: nothing was written. */
        LEASE_LOST
    }

    /** Resting buy and sell orders a tick may cross. */
    public record Candidates(List<UUID> buys, List<UUID> sells) {
    }
}
