package io.tradewatch.strategy.api;

import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import io.swagger.v3.oas.annotations.responses.ApiResponse;
import reactor.core.publisher.Mono;

import io.tradewatch.platform.web.FieldProblem;
import io.tradewatch.platform.web.InvalidFieldsException;
import io.tradewatch.strategy.domain.DefinitionDraft;
import io.tradewatch.strategy.domain.DefinitionProblem;
import io.tradewatch.strategy.domain.DefinitionValidator;
import io.tradewatch.strategy.domain.DefinitionView;
import io.tradewatch.strategy.domain.StrategyDefinition;
import io.tradewatch.strategy.service.DefinitionSync;
import io.tradewatch.strategy.store.DefinitionStore;

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

/** {@code /api/strategies}: create, read, replace, delete, enable and disable strategy definitions. */
@RestController
@RequestMapping("/api/strategies")
class DefinitionController {

    private static final int CAS_ATTEMPTS = 5;

    private final DefinitionStore store;

    private final DefinitionSync sync;

    DefinitionController(DefinitionStore store, DefinitionSync sync) {
        this.store = store;
        this.sync = sync;
    }

    @GetMapping
    Mono<List<DefinitionView>> list() {
        return store.findAll().map(definitions -> definitions.stream().map(DefinitionView::of).toList());
    }

    @GetMapping("/{id}")
    @ApiResponse(responseCode = "200", description = "The strategy")
    @ApiResponse(responseCode = "404", description = "No strategy has this id")
    Mono<DefinitionView> get(@PathVariable String id) {
        return store.find(id).map(DefinitionView::of).switchIfEmpty(Mono.error(() -> notFound(id)));
    }

    @PostMapping
    @ApiResponse(responseCode = "201", description = "Created; Location names the new strategy")
    @ApiResponse(responseCode = "409", description = "A strategy with this id exists")
    Mono<ResponseEntity<DefinitionView>> create(@RequestBody DefinitionDraft draft) {
        String id = (draft.id() != null) ? draft.id() : "strategy-" + UUID.randomUUID().toString().substring(0, 8);
        StrategyDefinition definition = validated(draft, id);
        return store.create(definition).map(created -> {
            if (!created) {
                throw new ResponseStatusException(HttpStatus.CONFLICT, "Strategy " + definition.id()
                        + " exists; replace it with PUT /api/strategies/" + definition.id());
            }
            sync.refreshSoon();
            return ResponseEntity.created(URI.create("/api/strategies/" + definition.id()))
                .body(DefinitionView.of(definition));
        });
    }

    @PutMapping("/{id}")
    @ApiResponse(responseCode = "200", description = "The replaced strategy")
    @ApiResponse(responseCode = "404", description = "No strategy has this id")
    Mono<DefinitionView> replace(@PathVariable String id, @RequestBody DefinitionDraft draft) {
        if (draft.id() != null && !Objects.equals(draft.id(), id)) {
            throw new InvalidFieldsException(List.of(new FieldProblem("id", "must match the path (" + id + ")")));
        }
        StrategyDefinition definition = validated(draft, id);
        return store.replace(definition).map(replaced -> {
            if (!replaced) {
                throw notFound(id);
            }
            sync.refreshSoon();
            return DefinitionView.of(definition);
        });
    }

    @DeleteMapping("/{id}")
    @ApiResponse(responseCode = "204", description = "Deleted")
    @ApiResponse(responseCode = "404", description = "No strategy has this id")
    Mono<ResponseEntity<Void>> delete(@PathVariable String id) {
        return store.delete(id).map(deleted -> {
            if (!deleted) {
                throw notFound(id);
            }
            sync.refreshSoon();
            return ResponseEntity.noContent().<Void>build();
        });
    }

    @PostMapping("/{id}/enable")
    @ApiResponse(responseCode = "200", description = "The enabled strategy")
    @ApiResponse(responseCode = "404", description = "No strategy has this id")
    @ApiResponse(responseCode = "409", description = "The stored strategy is invalid (PUT replaces it) or kept changing")
    Mono<DefinitionView> enable(@PathVariable String id) {
        return setEnabled(id, true, CAS_ATTEMPTS);
    }

    @PostMapping("/{id}/disable")
    @ApiResponse(responseCode = "200", description = "The disabled strategy")
    @ApiResponse(responseCode = "404", description = "No strategy has this id")
    @ApiResponse(responseCode = "409", description = "The stored strategy is invalid (PUT replaces it) or kept changing")
    Mono<DefinitionView> disable(@PathVariable String id) {
        return setEnabled(id, false, CAS_ATTEMPTS);
    }

    private Mono<DefinitionView> setEnabled(String id, boolean enabled, int attempts) {
        return store.findRaw(id)
            .switchIfEmpty(Mono.error(() -> notFound(id)))
            .flatMap(raw -> store.find(id)
                .switchIfEmpty(Mono.error(() -> new ResponseStatusException(HttpStatus.CONFLICT,
                        "Stored strategy " + id + " is invalid; replace it with PUT")))
                .flatMap(current -> {
                    StrategyDefinition next = current.withEnabled(enabled);
                    return store.compareAndSet(next, raw).flatMap(done -> {
                        if (done) {
                            sync.refreshSoon();
                            return Mono.just(DefinitionView.of(next));
                        }
                        if (attempts <= 1) {
                            return Mono.error(new ResponseStatusException(HttpStatus.CONFLICT,
                                    "Strategy " + id + " kept changing; try again"));
                        }
                        return setEnabled(id, enabled, attempts - 1);
                    });
                }));
    }

    static StrategyDefinition validated(DefinitionDraft draft, String id) {
        return switch (DefinitionValidator.validate(draft, id)) {
            case DefinitionValidator.Valid valid -> valid.definition();
            case DefinitionValidator.Invalid invalid -> throw invalidFields(invalid.problems());
        };
    }

    static InvalidFieldsException invalidFields(List<DefinitionProblem> problems) {
        return new InvalidFieldsException(problems.stream()
            .map(problem -> new FieldProblem(problem.field(), problem.message()))
            .toList());
    }

    private static ResponseStatusException notFound(String id) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "No strategy " + id);
    }
}
