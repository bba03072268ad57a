package io.tradewatch.strategy.api;

import java.util.List;

import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.tradewatch.platform.web.FieldProblem;
import io.tradewatch.platform.web.InvalidFieldsException;
import io.tradewatch.strategy.store.SignalLog;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/signals?limit=N}: the newest signals, newest first, each exactly as it was published. */
@RestController
@RequestMapping("/api/signals")
class SignalController {

    static final int MAX_LIMIT = 1000;

    private final SignalLog signalLog;

    private final JsonMapper json;

    SignalController(SignalLog signalLog, JsonMapper json) {
        this.signalLog = signalLog;
        this.json = json;
    }

    @GetMapping
    Mono<List<JsonNode>> recent(@RequestParam(defaultValue = "50") int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidFieldsException(List.of(new FieldProblem("limit", "must be between 1 and " + MAX_LIMIT)));
        }
        return signalLog.recent(limit).map(json::readTree).collectList();
    }
}
