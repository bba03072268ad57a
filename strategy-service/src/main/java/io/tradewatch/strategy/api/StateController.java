package io.tradewatch.strategy.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import io.tradewatch.strategy.domain.StrategyDefinition;
import io.tradewatch.strategy.domain.SymbolBook;
import io.tradewatch.strategy.domain.SymbolStrategy;
import io.tradewatch.strategy.service.LiveEngine;
import io.tradewatch.strategy.store.DefinitionStore;
import io.tradewatch.strategy.store.PositionStore;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code GET /api/strategies/{id}/state}: per symbol, the strategy's indicator values and state on this
 * replica, how many ticks of the symbol this replica evaluated, and the strategy's position from fills.
 */
@RestController
class StateController {

    private final DefinitionStore store;

    private final LiveEngine engine;

    private final PositionStore positions;

    private final ReplicaId replica;

    StateController(DefinitionStore store, LiveEngine engine, PositionStore positions, ReplicaId replica) {
        this.store = store;
        this.engine = engine;
        this.positions = positions;
        this.replica = replica;
    }

    @GetMapping("/api/strategies/{id}/state")
    @ApiResponse(responseCode = "200", description = "The strategy's live state")
    @ApiResponse(responseCode = "404", description = "No strategy has this id")
    Mono<StrategyState> state(@PathVariable String id) {
        return store.find(id)
            .switchIfEmpty(Mono.error(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No strategy " + id)))
            .zipWhen(definition -> positions.positions(id))
            .map(found -> state(found.getT1(), found.getT2()))
            .subscribeOn(Schedulers.boundedElastic());
    }

    private StrategyState state(StrategyDefinition definition, Map<String, String> held) {
        List<SymbolState> symbols = new ArrayList<>();
        for (String symbol : definition.symbols()) {
            SymbolBook book = engine.book(symbol).orElse(null);
            SymbolStrategy.Snapshot snapshot = (book != null) ? book.snapshot(definition.id()).orElse(null) : null;
            SymbolBook.Stats stats = (book != null) ? book.stats() : null;
            symbols.add(SymbolState.of(symbol, snapshot, stats, held.getOrDefault(symbol, "0")));
        }
        return new StrategyState(definition.id(), definition.type().wireName(), definition.enabled(), replica.value(),
                symbols);
    }

    private static Map<String, @Nullable Double> finite(Map<String, Double> values) {
        Map<String, @Nullable Double> out = new LinkedHashMap<>();
        values.forEach((name, value) -> out.put(name, Double.isFinite(value) ? value : null));
        return out;
    }

    /** A strategy's state on this replica. */
    record StrategyState(String id, String type, boolean enabled, String replica, List<SymbolState> symbols) {
    }

    /**
     * One symbol: whether the strategy runs on it here, the rule's state and indicators (null while warming
     * up), its last signal and cooldown, this replica's tick statistics for the symbol, and the strategy's
     * position (base asset) from fills. Times are epoch milliseconds.
     */
    record SymbolState(String symbol, boolean running, boolean ready, @Nullable String state,
            Map<String, @Nullable Double> indicators, @Nullable Double lastPrice, @Nullable Long lastUpdateAt,
            @Nullable String lastSignalSide, @Nullable Long lastSignalAt, @Nullable Long cooldownUntil,
            long signalsSuppressedByCooldown, SymbolBook.@Nullable Stats ticks, String position) {

        static SymbolState of(String symbol, SymbolStrategy.@Nullable Snapshot snapshot,
                SymbolBook.@Nullable Stats stats, String position) {
            if (snapshot == null) {
                return new SymbolState(symbol, false, false, null, Map.of(), null, null, null, null, null, 0, stats,
                        position);
            }
            return new SymbolState(symbol, true, snapshot.ready(), snapshot.state(), finite(snapshot.indicators()),
                    Double.isFinite(snapshot.lastPrice()) ? snapshot.lastPrice() : null, snapshot.lastUpdateAt(),
                    (snapshot.lastSignalSide() != null) ? snapshot.lastSignalSide().name() : null,
                    snapshot.lastSignalAt(), snapshot.cooldownUntil(), snapshot.signalsSuppressedByCooldown(), stats,
                    position);
        }
    }
}
