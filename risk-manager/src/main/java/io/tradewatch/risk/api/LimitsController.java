package io.tradewatch.risk.api;

import java.util.List;

import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import io.tradewatch.platform.web.FieldProblem;
import io.tradewatch.platform.web.InvalidFieldsException;
import io.tradewatch.risk.domain.LimitsDocument;
import io.tradewatch.risk.domain.rules.LimitsDraft;
import io.tradewatch.risk.domain.rules.LimitsValidator;
import io.tradewatch.risk.store.LimitsRepository;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET/PUT /api/risk/limits}. A PUT replaces all limits at once; every invalid field is named in a
 * 400 problem and nothing is stored. New limits apply to the next check on every replica.
 */
@RestController
@RequestMapping("/api/risk/limits")
class LimitsController {

    private final LimitsRepository limits;

    LimitsController(LimitsRepository limits) {
        this.limits = limits;
    }

    @GetMapping
    Mono<LimitsDocument> get() {
        return Mono.fromCallable(() -> LimitsDocument.of(limits.current())).subscribeOn(Schedulers.boundedElastic());
    }

    @PutMapping
    Mono<LimitsDocument> put(@RequestBody LimitsDraft draft) {
        return switch (LimitsValidator.validate(draft)) {
            case LimitsValidator.Invalid invalid -> Mono.error(new InvalidFieldsException(problems(invalid)));
            case LimitsValidator.Valid valid -> Mono.fromCallable(() -> {
                limits.save(valid.limits());
                return LimitsDocument.of(valid.limits());
            }).subscribeOn(Schedulers.boundedElastic());
        };
    }

    private static List<FieldProblem> problems(LimitsValidator.Invalid invalid) {
        return invalid.problems().stream().map(problem -> new FieldProblem(problem.field(), problem.message())).toList();
    }
}
