package io.tradewatch.strategy.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import io.tradewatch.platform.web.FieldProblem;
import io.tradewatch.platform.web.InvalidFieldsException;
import io.tradewatch.strategy.domain.BacktestResult;
import io.tradewatch.strategy.domain.Backtester;
import io.tradewatch.strategy.domain.Bar;
import io.tradewatch.strategy.domain.CsvBars;
import io.tradewatch.strategy.domain.DefinitionProblem;
import io.tradewatch.strategy.domain.DefinitionValidator;
import io.tradewatch.strategy.domain.StrategyDefinition;
import io.tradewatch.strategy.store.CandleSource;
import io.tradewatch.strategy.store.DefinitionStore;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** {@code POST /api/backtests}: runs a strategy over stored candles or uploaded CSV with the live code. */
@RestController
class BacktestController {

    private static final BigDecimal DEFAULT_CASH = new BigDecimal("10000");

    private final DefinitionStore store;

    private final CandleSource candles;

    BacktestController(DefinitionStore store, CandleSource candles) {
        this.store = store;
        this.candles = candles;
    }

    @PostMapping("/api/backtests")
    @ApiResponse(responseCode = "200", description = "The backtest's trades, equity curve and statistics")
    @ApiResponse(responseCode = "422", description = "No candles of the symbol in the period")
    Mono<BacktestResult> run(@RequestBody BacktestRequest request) {
        List<FieldProblem> problems = new ArrayList<>();
        BigDecimal cash = cash(request.initialCash(), problems);
        long from = time(request.from(), "from", 0, problems);
        long to = time(request.to(), "to", Long.MAX_VALUE, problems);
        CsvBars.Parsed csv = (request.csv() != null) ? CsvBars.parse(request.csv(), "csv") : null;
        if (csv != null) {
            csv.problems().forEach(problem -> problems.add(fieldProblem(problem)));
        }
        return definition(request, problems).flatMap(definition -> {
            String symbol = symbol(request.symbol(), definition, problems);
            if (!problems.isEmpty()) {
                return Mono.error(new InvalidFieldsException(problems));
            }
            Mono<List<Bar>> bars = (csv != null) ? Mono.just(csv.bars()) : candles.between(symbol, from, to);
            // the replay is CPU work: keep it off the event loop
            return bars.publishOn(Schedulers.boundedElastic()).map(list -> {
                if (list.isEmpty()) {
                    throw new ResponseStatusException(HttpStatus.UNPROCESSABLE_CONTENT, "No candles of " + symbol
                            + " are stored in that range; upload a CSV instead");
                }
                return Backtester.run(definition, symbol, list, cash);
            });
        });
    }

    private Mono<StrategyDefinition> definition(BacktestRequest request, List<FieldProblem> problems) {
        if (request.strategy() != null) {
            String id = (request.strategy().id() != null) ? request.strategy().id() : "backtest";
            return switch (DefinitionValidator.validate(request.strategy(), id)) {
                case DefinitionValidator.Valid valid -> Mono.just(valid.definition());
                case DefinitionValidator.Invalid invalid -> {
                    invalid.problems().forEach(problem -> problems.add(new FieldProblem("strategy." + problem.field(),
                            problem.message())));
                    yield Mono.error(new InvalidFieldsException(problems));
                }
            };
        }
        if (request.strategyId() == null) {
            problems.add(new FieldProblem("strategyId", "name a stored strategy, or give one inline as strategy"));
            return Mono.error(new InvalidFieldsException(problems));
        }
        return store.find(request.strategyId()).switchIfEmpty(Mono.defer(() -> {
            problems.add(new FieldProblem("strategyId", "no strategy " + request.strategyId()));
            return Mono.error(new InvalidFieldsException(problems));
        }));
    }

    private static String symbol(@Nullable String requested, StrategyDefinition definition, List<FieldProblem> problems) {
        String symbol = (requested != null) ? requested.trim().toUpperCase(Locale.ROOT) : definition.symbols().getFirst();
        if (!symbol.matches("[A-Z0-9]{2,20}")) {
            problems.add(new FieldProblem("symbol", "must be 2-20 letters or digits"));
        }
        return symbol;
    }

    private static BigDecimal cash(@Nullable String raw, List<FieldProblem> problems) {
        if (raw == null) {
            return DEFAULT_CASH;
        }
        try {
            BigDecimal value = new BigDecimal(raw.trim());
            if (value.signum() > 0) {
                return value;
            }
        }
        catch (NumberFormatException ex) {
            // reported below
        }
        problems.add(new FieldProblem("initialCash", "must be a positive decimal amount of USD"));
        return DEFAULT_CASH;
    }

    private static long time(@Nullable String raw, String field, long fallback, List<FieldProblem> problems) {
        if (raw == null) {
            return fallback;
        }
        try {
            return raw.chars().allMatch(Character::isDigit) ? Long.parseLong(raw) : Instant.parse(raw).toEpochMilli();
        }
        catch (NumberFormatException | DateTimeParseException ex) {
            problems.add(new FieldProblem(field, "must be epoch milliseconds or an ISO-8601 instant"));
            return fallback;
        }
    }

    private static FieldProblem fieldProblem(DefinitionProblem problem) {
        return new FieldProblem(problem.field(), problem.message());
    }
}
