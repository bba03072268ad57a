package io.tradewatch.alerts.api;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import io.tradewatch.alerts.config.AlertProperties;
import io.tradewatch.alerts.domain.AckView;
import io.tradewatch.alerts.domain.HistoryEntry;
import io.tradewatch.alerts.domain.LiveEvent;
import io.tradewatch.alerts.domain.Severity;
import io.tradewatch.alerts.store.HistoryStore;
import io.tradewatch.alerts.store.LiveAlerts;
import io.tradewatch.platform.web.FieldProblem;
import io.tradewatch.platform.web.InvalidFieldsException;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** {@code GET /api/alerts} (history), {@code GET /api/alerts/stream} (SSE) and {@code POST /api/alerts/{id}/ack}. */
@RestController
@RequestMapping("/api/alerts")
class HistoryController {

    private static final Pattern STREAM_ID = Pattern.compile("\\d{1,20}-\\d{1,20}");

    private static final Pattern ALERT_ID = Pattern.compile("[0-9a-fA-F-]{1,64}");

    private final HistoryStore store;

    private final LiveAlerts live;

    private final Clock clock;

    private final int maxLimit;

    HistoryController(HistoryStore store, LiveAlerts live, Clock clock, AlertProperties properties) {
        this.store = store;
        this.live = live;
        this.clock = clock;
        this.maxLimit = properties.history().maxQueryLimit();
    }

    @GetMapping
    Mono<List<HistoryEntry>> history(@RequestParam(required = false) @Nullable String severity,
            @RequestParam(required = false) @Nullable String since,
            @RequestParam(required = false) @Nullable String limit) {
        List<FieldProblem> problems = new ArrayList<>();
        Severity level = (severity == null || severity.isBlank()) ? null : Severity.parse(severity).orElse(null);
        if (severity != null && !severity.isBlank() && level == null) {
            problems.add(new FieldProblem("severity", "'" + severity + "' is unknown: use info, warning or critical"));
        }
        Instant from = instant(since, problems);
        int count = limit(limit, problems);
        if (!problems.isEmpty()) {
            throw new InvalidFieldsException(problems);
        }
        return Mono.fromCallable(() -> store.query(level, from, count)).subscribeOn(Schedulers.boundedElastic());
    }

    @PostMapping("/{id}/ack")
    @ApiResponse(responseCode = "200", description = "The acknowledgement")
    @ApiResponse(responseCode = "404", description = "No alert has this id")
    Mono<AckView> acknowledge(@PathVariable String id, @RequestBody(required = false) @Nullable AckRequest request) {
        List<FieldProblem> problems = new ArrayList<>();
        if (!ALERT_ID.matcher(id).matches()) {
            problems.add(new FieldProblem("id", "is not an alert id"));
        }
        AckRequest body = (request != null) ? request : new AckRequest(null, null);
        if (body.by() != null && body.by().length() > 100) {
            problems.add(new FieldProblem("by", "must be at most 100 characters"));
        }
        if (body.note() != null && body.note().length() > 1000) {
            problems.add(new FieldProblem("note", "must be at most 1000 characters"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidFieldsException(problems);
        }
        return Mono.fromCallable(() -> store.acknowledge(id, clock.instant(), body.by(), body.note()))
            .subscribeOn(Schedulers.boundedElastic())
            .map(found -> found.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                    "No alert " + id + " in the history (it may be older than the retention)")))
            .doOnNext(result -> {
                if (result.fresh()) {
                    store.publish(new LiveEvent("ack", result.historyId(), null, result.ack()));
                }
            })
            .map(HistoryStore.Acknowledgement::ack);
    }

    @GetMapping(path = "/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    Flux<ServerSentEvent<LiveEvent>> stream(@RequestHeader(name = "Last-Event-ID", required = false) @Nullable String lastEventId) {
        Flux<ServerSentEvent<LiveEvent>> hello = Flux.just(ServerSentEvent.<LiveEvent>builder().comment("connected").build());
        Flux<LiveEvent> replay = (lastEventId != null && STREAM_ID.matcher(lastEventId).matches())
                ? Mono.fromCallable(() -> store.after(lastEventId, maxLimit)).subscribeOn(Schedulers.boundedElastic())
                    .flatMapIterable(events -> events)
                : Flux.empty();
        Flux<ServerSentEvent<LiveEvent>> heartbeat = Flux.interval(Duration.ofSeconds(15))
            .map(tick -> ServerSentEvent.<LiveEvent>builder().comment("keep-alive").build());
        Flux<ServerSentEvent<LiveEvent>> events = Flux.merge(replay, live.events()).map(HistoryController::event);
        return hello.concatWith(Flux.merge(events, heartbeat));
    }

    private static ServerSentEvent<LiveEvent> event(LiveEvent event) {
        return ServerSentEvent.builder(event).id(event.historyId()).event(event.event()).build();
    }

    private static @Nullable Instant instant(@Nullable String since, List<FieldProblem> problems) {
        if (since == null || since.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(since.trim());
        }
        catch (DateTimeParseException ex) {
            problems.add(new FieldProblem("since", "'" + since + "' is not an ISO-8601 instant such as 2025-01-31T08:00:00Z"));
            return null;
        }
    }

    private int limit(@Nullable String limit, List<FieldProblem> problems) {
        if (limit == null || limit.isBlank()) {
            return Math.min(100, maxLimit);
        }
        try {
            int value = Integer.parseInt(limit.trim());
            if (value >= 1 && value <= maxLimit) {
                return value;
            }
        }
        catch (NumberFormatException ex) {
            // reported below
        }
        problems.add(new FieldProblem("limit", "must be a whole number between 1 and " + maxLimit));
        return 0;
    }

    /** The optional body of an acknowledgement. */
    record AckRequest(@Nullable String by, @Nullable String note) {
    }
}
