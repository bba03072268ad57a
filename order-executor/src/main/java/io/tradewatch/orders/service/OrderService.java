package io.tradewatch.orders.service;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.tradewatch.orders.config.OrderExecutorProperties;
import io.tradewatch.orders.domain.CancelReason;
import io.tradewatch.orders.domain.Order;
import io.tradewatch.orders.domain.OrderRequest;
import io.tradewatch.orders.domain.OrderSource;
import io.tradewatch.orders.domain.OrderType;
import io.tradewatch.orders.domain.PaperExecution;
import io.tradewatch.orders.domain.Quote;
import io.tradewatch.orders.domain.Side;
import io.tradewatch.orders.domain.TimeInForce;
import io.tradewatch.orders.store.CommitResult;
import io.tradewatch.orders.store.IdempotencyClaim;
import io.tradewatch.orders.store.IdempotencyKeys;
import io.tradewatch.orders.store.OrderStore;
import io.tradewatch.orders.store.OutboxEntry;
import io.tradewatch.orders.store.QuoteReader;

import org.springframework.stereotype.Service;

/**
 * Places and cancels orders. A new order is stored together with its {@code order.requested} event (and its
 * idempotency key) in one step, then the event is published; an order that cannot be valued on a fresh quote is
 * stored as rejected (STALE_QUOTE) and never reaches risk-manager.
 */
@Service
public class OrderService {

    static final String STALE_QUOTE = CancelReason.STALE_QUOTE.name();

    private static final Logger log = LoggerFactory.getLogger(OrderService.class);

    private final OrderStore orders;

    private final IdempotencyKeys keys;

    private final QuoteReader quotes;

    private final PaperExecution paper;

    private final OrderEvents events;

    private final EventSender publisher;

    private final Committer committer;

    private final OrderMetrics metrics;

    private final OrderExecutorProperties properties;

    private final Clock clock;

    OrderService(OrderStore orders, IdempotencyKeys keys, QuoteReader quotes, PaperExecution paper, OrderEvents events,
            EventSender publisher, Committer committer, OrderMetrics metrics, OrderExecutorProperties properties, Clock clock) {
        this.clock = clock;
        this.orders = orders;
        this.keys = keys;
        this.quotes = quotes;
        this.paper = paper;
        this.events = events;
        this.publisher = publisher;
        this.committer = committer;
        this.metrics = metrics;
        this.properties = properties;
    }

    /** Places a client's order; {@code idempotencyKey} (header, else client order id) makes retries safe. */
    public Placement place(OrderRequest request, @Nullable String idempotencyKey) {
        if (idempotencyKey == null) {
            return new Placement.Accepted(store(newOrder(UUID.randomUUID(), request), null), false);
        }
        String hash = sha256(request.canonical());
        for (int attempt = 0; attempt < 3; attempt++) {
            UUID id = UUID.randomUUID();
            String pending = "P|" + hash + "|" + id;
            if (keys.reserve(idempotencyKey, pending, properties.idempotency().lease())) {
                IdempotencyClaim claim = new IdempotencyClaim(idempotencyKey, pending, "D|" + hash + "|" + id);
                Order order = store(newOrder(id, request), claim);
                return (order != null) ? new Placement.Accepted(order, false) : new Placement.KeyInFlight(idempotencyKey);
            }
            Placement existing = existing(idempotencyKey, hash);
            if (existing != null) {
                return existing;
            }
        }
        return new Placement.KeyInFlight(idempotencyKey);
    }

    /**
     * Places the market order a strategy's signal asks for, sized as {@code notional} over the quote's taker price;
     * a redelivered signal finds its order (the id derives from the signal's) and adds nothing.
     */
    public void placeFromSignal(UUID signalId, String strategyId, String symbol, Side side, BigDecimal notional,
            BigDecimal signalPrice) {
        UUID id = UUID.nameUUIDFromBytes(("signal:" + signalId).getBytes(StandardCharsets.UTF_8));
        if (orders.find(id).isPresent()) {
            log.info("Signal {} was already turned into order {}; nothing more to do", signalId, id);
            return;
        }
        Instant now = clock.instant();
        Quote quote = quotes.read(symbol);
        BigDecimal price = paper.isFresh(quote, now) ? quote.takerPrice(side) : null;
        BigDecimal quantity = PaperExecution.sized(notional, (price != null) ? price : signalPrice);
        OrderRequest request = new OrderRequest(symbol, side, OrderType.MARKET, quantity, null, TimeInForce.GTC, null);
        Order order = Order.pending(id, request, OrderSource.SIGNAL, strategyId, price, now);
        if (price == null || quantity.signum() <= 0) {
            order = order.rejectNow((price == null) ? STALE_QUOTE : "QUANTITY_TOO_SMALL", now);
        }
        store(order, null);
    }

    /** Cancels an open order for its owner. */
    public Cancellation cancel(UUID id) {
        for (int attempt = 0; attempt < Committer.MAX_ATTEMPTS; attempt++) {
            Order order = orders.find(id).orElse(null);
            if (order == null) {
                return new Cancellation.Unknown();
            }
            Instant now = clock.instant();
            Order cancelled = order.status().isTerminal() ? order : order.cancel(CancelReason.USER, now);
            CommitResult result = switch (order.status()) {
                case FILLED, REJECTED -> null;
                case CANCELLED -> CommitResult.COMMITTED;
                // risk-manager has reserved nothing yet: order.cancelled follows its decision if it approves
                case PENDING_RISK -> committer.transition(order, cancelled, null);
                case APPROVED -> committer.transition(order, cancelled,
                        events.cancelled(cancelled, CancelReason.USER, now));
            };
            if (result == null) {
                return new Cancellation.NotCancellable(order);
            }
            if (result == CommitResult.COMMITTED) {
                if (order != cancelled) {
                    metrics.cancelled(cancelled);
                }
                return new Cancellation.Cancelled(cancelled);
            }
            Committer.backOff(attempt);
        }
        throw new IllegalStateException("Order " + id + " kept changing while being cancelled; retry the request");
    }

    private Order newOrder(UUID id, OrderRequest request) {
        Instant now = clock.instant();
        if (request.type() == OrderType.LIMIT) {
            return Order.pending(id, request, OrderSource.REST, null, request.limitPrice(), now);
        }
        Quote quote = quotes.read(request.symbol());
        BigDecimal price = paper.isFresh(quote, now) ? quote.takerPrice(request.side()) : null;
        Order order = Order.pending(id, request, OrderSource.REST, null, price, now);
        return (price != null) ? order : order.rejectNow(STALE_QUOTE, now);
    }

    /** Stores a new order and publishes its request; null when the idempotency lease was lost meanwhile. */
    private @Nullable Order store(Order order, @Nullable IdempotencyClaim claim) {
        OutboxEntry event = order.status().isTerminal() ? null : events.requested(order);
        return switch (orders.create(order, event, claim)) {
            case CREATED -> {
                OrderLog.created(order);
                if (event != null) {
                    publisher.publish(event);
                }
                metrics.placed(order);
                yield order;
            }
            case EXISTS -> orders.find(order.id()).orElse(order);
            case LEASE_LOST -> null;
        };
    }

    private @Nullable Placement existing(String key, String hash) {
        String value = keys.current(key);
        if (value == null) {
            return null;
        }
        String[] parts = value.split("\\|", 3);
        if (parts.length < 3 || !parts[1].equals(hash)) {
            return new Placement.KeyReused(key);
        }
        if (!parts[0].equals("D")) {
            return new Placement.KeyInFlight(key);
        }
        return orders.find(UUID.fromString(parts[2]))
            .<Placement>map(order -> new Placement.Accepted(order, true))
            .orElse(new Placement.KeyInFlight(key));
    }

    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("SHA-256 is not available", ex);
        }
    }
}
