package io.tradewatch.orders.api;

import java.net.URI;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;

import jakarta.validation.Validator;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import io.tradewatch.orders.config.OrderExecutorProperties;
import io.tradewatch.orders.domain.OrderRequest;
import io.tradewatch.orders.service.Cancellation;
import io.tradewatch.orders.service.OrderService;
import io.tradewatch.orders.service.Placement;
import io.tradewatch.orders.store.OrderStore;
import io.tradewatch.platform.instrument.InstrumentCatalog;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The order API. {@code POST} answers 202 with the stored order (PENDING_RISK, or REJECTED when no fresh quote
 * could value a market order); a retry with the same idempotency key answers the same order, a different body
 * with that key 422, and a key still being processed 409. Errors are problem+json.
 */
@RestController
@RequestMapping("/api/orders")
class OrderController {

    private final OrderService service;

    private final OrderStore store;

    private final OrderRequestReader reader;

    private final OrderQueries queries;

    private final BlockingWork blockingWork;

    OrderController(OrderService service, OrderStore store, OrderExecutorProperties properties,
            BlockingWork blockingWork, Validator validator, InstrumentCatalog catalog) {
        this.blockingWork = blockingWork;
        this.service = service;
        this.store = store;
        this.reader = new OrderRequestReader(validator);
        this.queries = new OrderQueries(store, catalog, properties.listScanLimit());
    }

    @PostMapping
    Mono<ResponseEntity<OrderView>> place(@RequestBody(required = false) @Nullable String body,
            @RequestHeader(name = "Idempotency-Key", required = false) @Nullable String idempotencyKey) {
        return blocking(() -> {
            OrderRequest request = reader.read(body, idempotencyKey);
            String key = (idempotencyKey != null) ? "key:" + idempotencyKey
                    : (request.clientOrderId() != null) ? "client:" + request.clientOrderId() : null;
            return switch (service.place(request, key)) {
                case Placement.Accepted accepted -> ResponseEntity.accepted()
                    .location(URI.create("/api/orders/" + accepted.order().id()))
                    .header("Idempotent-Replayed", Boolean.toString(accepted.replayed()))
                    .body(OrderView.of(accepted.order()));
                case Placement.KeyInFlight inFlight -> throw new ResponseStatusException(HttpStatus.CONFLICT,
                        "A request with this idempotency key is still being processed; retry it shortly.");
                case Placement.KeyReused reused -> throw new ResponseStatusException(HttpStatus.UNPROCESSABLE_CONTENT,
                        "This idempotency key was used for a different order request; use a new key for a new order.");
            };
        });
    }

    @GetMapping("/{id}")
    Mono<OrderView> get(@PathVariable String id) {
        return blocking(() -> store.find(parseId(id)).map(OrderView::of).orElseThrow(() -> notFound(id)));
    }

    @GetMapping
    Mono<List<OrderView>> list(@RequestParam(required = false) @Nullable String status,
            @RequestParam(required = false) @Nullable String symbol,
            @RequestParam(required = false) @Nullable String limit) {
        return blocking(() -> queries.list(status, symbol, limit).stream().map(OrderView::of).toList());
    }

    @DeleteMapping("/{id}")
    Mono<OrderView> cancel(@PathVariable String id) {
        return blocking(() -> switch (service.cancel(parseId(id))) {
            case Cancellation.Cancelled cancelled -> OrderView.of(cancelled.order());
            case Cancellation.NotCancellable done -> throw new ResponseStatusException(HttpStatus.CONFLICT,
                    "Order " + id + " is " + done.order().status() + " and can no longer be cancelled.");
            case Cancellation.Unknown unknown -> throw notFound(id);
        });
    }

    private static UUID parseId(String id) {
        try {
            return UUID.fromString(id);
        }
        catch (IllegalArgumentException ex) {
            throw notFound(id);
        }
    }

    private static ResponseStatusException notFound(String id) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "No order " + id + " is known (or it is older than"
                + " the retention).");
    }

    private <T> Mono<T> blocking(Callable<T> work) {
        return blockingWork.run(work);
    }
}
