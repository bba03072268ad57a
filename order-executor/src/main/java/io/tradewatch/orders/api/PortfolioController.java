package io.tradewatch.orders.api;

import java.util.List;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import io.tradewatch.orders.domain.Valuation;
import io.tradewatch.orders.service.PortfolioService;
import io.tradewatch.orders.store.Trade;
import io.tradewatch.platform.web.FieldProblem;
import io.tradewatch.platform.web.InvalidFieldsException;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The portfolio API: the marked portfolio, its open positions and the recent paper trades. */
@RestController
class PortfolioController {

    private final PortfolioService portfolio;

    private final BlockingWork work;

    PortfolioController(PortfolioService portfolio, BlockingWork work) {
        this.portfolio = portfolio;
        this.work = work;
    }

    @GetMapping("/api/portfolio")
    Mono<PortfolioService.Snapshot> portfolio() {
        return work.run(portfolio::snapshot);
    }

    @GetMapping("/api/positions")
    Mono<List<Valuation.MarkedPosition>> positions() {
        return work.run(() -> portfolio.snapshot().positions());
    }

    @GetMapping("/api/trades")
    Mono<List<Trade>> trades(@RequestParam(required = false) @Nullable String limit) {
        int count = limit(limit);
        return work.run(() -> portfolio.trades(count));
    }

    private static int limit(@Nullable String limit) {
        if (limit == null) {
            return OrderQueries.DEFAULT_LIMIT;
        }
        try {
            int value = Integer.parseInt(limit);
            if (value >= 1 && value <= OrderQueries.MAX_LIMIT) {
                return value;
            }
        }
        catch (NumberFormatException ex) {
            // reported below with the allowed range
        }
        throw new InvalidFieldsException(List.of(new FieldProblem("limit", "must be a whole number from 1 to "
                + OrderQueries.MAX_LIMIT)));
    }
}
