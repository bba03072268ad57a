package io.tradewatch.risk.api;

import java.util.List;

import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import io.tradewatch.platform.web.FieldProblem;
import io.tradewatch.platform.web.InvalidFieldsException;
import io.tradewatch.risk.domain.BreachEvent;
import io.tradewatch.risk.store.BreachHistory;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/risk/breaches?limit=50}: the most recent breaches, newest first. */
@RestController
class BreachController {

    static final int MAX = 200;

    private final BreachHistory history;

    BreachController(BreachHistory history) {
        this.history = history;
    }

    @GetMapping("/api/risk/breaches")
    Mono<List<BreachEvent>> recent(@RequestParam(defaultValue = "50") int limit) {
        if (limit < 1 || limit > MAX) {
            return Mono.error(new InvalidFieldsException(
                    List.of(new FieldProblem("limit", "must be between 1 and " + MAX + ", was " + limit))));
        }
        return Mono.fromCallable(() -> history.recent(limit)).subscribeOn(Schedulers.boundedElastic());
    }
}
