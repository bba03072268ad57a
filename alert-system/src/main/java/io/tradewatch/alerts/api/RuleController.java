package io.tradewatch.alerts.api;

import java.net.URI;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;

import io.swagger.v3.oas.annotations.responses.ApiResponse;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import io.tradewatch.alerts.domain.ChannelTarget;
import io.tradewatch.alerts.domain.delivery.TargetNotAllowedException;
import io.tradewatch.alerts.domain.delivery.TargetPolicy;
import io.tradewatch.alerts.domain.rules.AlertRule;
import io.tradewatch.alerts.domain.rules.RuleDraft;
import io.tradewatch.alerts.domain.rules.RuleResource;
import io.tradewatch.alerts.domain.rules.RuleValidation;
import io.tradewatch.alerts.domain.rules.RuleValidator;
import io.tradewatch.alerts.service.RuleEvaluation;
import io.tradewatch.alerts.store.RuleStore;
import io.tradewatch.platform.web.FieldProblem;
import io.tradewatch.platform.web.InvalidFieldsException;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code POST/GET/PUT/DELETE /api/alerts/rules}. Every invalid field is answered at once as a 400 problem; a
 * webhook host is also resolved and refused when any of its addresses is internal.
 */
@RestController
@RequestMapping("/api/alerts/rules")
class RuleController {

    private final RuleStore store;

    private final RuleValidator validator;

    private final TargetPolicy policy;

    private final RuleEvaluation evaluation;

    private final Clock clock;

    RuleController(RuleStore store, RuleValidator validator, TargetPolicy policy, RuleEvaluation evaluation, Clock clock) {
        this.store = store;
        this.validator = validator;
        this.policy = policy;
        this.evaluation = evaluation;
        this.clock = clock;
    }

    @PostMapping
    @ApiResponse(responseCode = "201", description = "Created; Location names the new rule")
    @ApiResponse(responseCode = "409", description = "The limit of rules is reached")
    Mono<ResponseEntity<RuleResource>> create(@RequestBody RuleDraft draft) {
        return blocking(() -> {
            AlertRule rule = validate(UUID.randomUUID().toString(), draft);
            Instant now = clock.instant();
            RuleResource resource = RuleResource.of(rule, now, now);
            if (!store.create(resource)) {
                throw new ResponseStatusException(HttpStatus.CONFLICT, "The limit of " + store.maxRules()
                        + " rules is reached; delete unused rules or raise tradewatch.alerts.rules.max-rules");
            }
            evaluation.refresh();
            return ResponseEntity.created(URI.create("/api/alerts/rules/" + rule.id())).body(resource);
        });
    }

    @GetMapping
    Mono<List<RuleResource>> list() {
        return blocking(store::all);
    }

    @GetMapping("/{id}")
    @ApiResponse(responseCode = "200", description = "The rule")
    @ApiResponse(responseCode = "404", description = "No rule has this id")
    Mono<RuleResource> get(@PathVariable String id) {
        return blocking(() -> store.get(id).orElseThrow(() -> notFound(id)));
    }

    @PutMapping("/{id}")
    @ApiResponse(responseCode = "200", description = "The replaced rule")
    @ApiResponse(responseCode = "404", description = "No rule has this id")
    Mono<RuleResource> replace(@PathVariable String id, @RequestBody RuleDraft draft) {
        return blocking(() -> {
            RuleResource existing = store.get(id).orElseThrow(() -> notFound(id));
            AlertRule rule = validate(id, draft);
            RuleResource resource = RuleResource.of(rule, existing.createdAt(), clock.instant());
            if (!store.replace(resource)) {
                throw notFound(id);
            }
            evaluation.refresh();
            return resource;
        });
    }

    @DeleteMapping("/{id}")
    @ApiResponse(responseCode = "204", description = "Deleted")
    @ApiResponse(responseCode = "404", description = "No rule has this id")
    Mono<ResponseEntity<Void>> delete(@PathVariable String id) {
        return blocking(() -> {
            if (!store.delete(id)) {
                throw notFound(id);
            }
            evaluation.refresh();
            return ResponseEntity.noContent().build();
        });
    }

    private AlertRule validate(String id, RuleDraft draft) {
        return switch (validator.validate(id, draft)) {
            case RuleValidation.Invalid invalid -> throw new InvalidFieldsException(
                    invalid.problems().stream().map(problem -> new FieldProblem(problem.field(), problem.message())).toList());
            case RuleValidation.Valid valid -> {
                checkResolvedTargets(valid.rule());
                yield valid.rule();
            }
        };
    }

    private void checkResolvedTargets(AlertRule rule) {
        List<FieldProblem> problems = new ArrayList<>();
        for (int i = 0; i < rule.channels().size(); i++) {
            ChannelTarget target = rule.channels().get(i);
            if (target.url() == null) {
                continue;
            }
            try {
                policy.resolve(target.url().getHost());
            }
            catch (TargetNotAllowedException ex) {
                problems.add(new FieldProblem("channels[" + i + "].url", String.valueOf(ex.getMessage())));
            }
            catch (UnknownHostException ex) {
                problems.add(new FieldProblem("channels[" + i + "].url", "host " + target.url().getHost()
                        + " does not resolve"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidFieldsException(problems);
        }
    }

    private static ResponseStatusException notFound(String id) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "No alert rule " + id);
    }

    private static <T> Mono<T> blocking(Callable<T> work) {
        return Mono.fromCallable(work).subscribeOn(Schedulers.boundedElastic());
    }
}
