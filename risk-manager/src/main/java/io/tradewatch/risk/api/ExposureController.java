package io.tradewatch.risk.api;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;

import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import io.tradewatch.risk.domain.PositionView;
import io.tradewatch.risk.store.SnapshotReader;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/risk/exposure} and {@code GET /api/risk/positions}, read from one consistent snapshot. */
@RestController
@RequestMapping("/api/risk")
class ExposureController {

    private final SnapshotReader reader;

    private final Clock clock;

    ExposureController(SnapshotReader reader, Clock clock) {
        this.reader = reader;
        this.clock = clock;
    }

    @GetMapping("/exposure")
    Mono<ExposureView> exposure() {
        return Mono.fromCallable(() -> ExposureView.of(reader.read(), clock)).subscribeOn(Schedulers.boundedElastic());
    }

    @GetMapping("/positions")
    Mono<List<PositionView>> positions() {
        return Mono.fromCallable(() -> reader.read()
            .positions()
            .stream()
            .sorted(Comparator.comparing(PositionView::symbol))
            .toList()).subscribeOn(Schedulers.boundedElastic());
    }
}
