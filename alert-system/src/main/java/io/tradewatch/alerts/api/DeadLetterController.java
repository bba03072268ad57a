package io.tradewatch.alerts.api;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import io.tradewatch.alerts.delivery.DeliveryDispatcher;
import io.tradewatch.alerts.domain.delivery.DeadLetter;
import io.tradewatch.alerts.domain.delivery.Delivery;
import io.tradewatch.alerts.store.DeadLetterStore;
import io.tradewatch.platform.web.FieldProblem;
import io.tradewatch.platform.web.InvalidFieldsException;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code GET /api/alerts/dead-letters} lists failed deliveries; {@code POST /api/alerts/dead-letters/{id}/retry}
 * (or {@code POST /api/alerts/dead-letters/retry} for all) takes them off the list and queues them again with
 * fresh attempts: if they fail again they come back with a new id.
 */
@RestController
@RequestMapping("/api/alerts/dead-letters")
class DeadLetterController {

    private static final int MAX_LIST = 1000;

    private final DeadLetterStore store;

    private final DeliveryDispatcher dispatcher;

    private final Clock clock;

    DeadLetterController(DeadLetterStore store, DeliveryDispatcher dispatcher, Clock clock) {
        this.store = store;
        this.dispatcher = dispatcher;
        this.clock = clock;
    }

    @GetMapping
    Mono<List<DeadLetter.View>> list(@RequestParam(required = false) @Nullable Integer limit) {
        int count = (limit == null) ? 100 : limit;
        if (count < 1 || count > MAX_LIST) {
            throw new InvalidFieldsException(List.of(new FieldProblem("limit", "must be between 1 and " + MAX_LIST)));
        }
        return blocking(() -> store.list(count).stream().map(DeadLetter::view).toList());
    }

    @PostMapping("/{id}/retry")
    @ApiResponse(responseCode = "202", description = "Sent again")
    @ApiResponse(responseCode = "404", description = "No dead letter has this id")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Mono<Map<String, Object>> retry(@PathVariable String id) {
        return blocking(() -> store.take(id)
            .map(this::requeue)
            .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                    "No dead letter " + id + " (already retried, or dropped from the capped list)")));
    }

    @PostMapping("/retry")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Mono<Map<String, Object>> retryAll() {
        return blocking(() -> {
            List<String> deliveries = new ArrayList<>();
            for (DeadLetter letter : store.list(MAX_LIST)) {
                store.take(letter.id()).map(this::requeue).ifPresent(result -> deliveries.add((String) result.get("deliveryId")));
            }
            return Map.of("retried", deliveries.size(), "deliveryIds", deliveries);
        });
    }

    private Map<String, Object> requeue(DeadLetter letter) {
        Delivery delivery = new Delivery(UUID.randomUUID().toString(), letter.alert(), letter.target(), clock.instant());
        dispatcher.submit(delivery);
        return Map.of("deadLetterId", letter.id(), "deliveryId", delivery.id(), "alertId", letter.alert().id());
    }

    private static <T> Mono<T> blocking(java.util.concurrent.Callable<T> work) {
        return Mono.fromCallable(work).subscribeOn(Schedulers.boundedElastic());
    }
}
