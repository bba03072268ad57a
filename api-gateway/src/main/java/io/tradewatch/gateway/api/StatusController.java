package io.tradewatch.gateway.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import io.tradewatch.gateway.config.GatewaySettings;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/status} (any role): each downstream's readiness, response time and circuit breaker,
 * probed in parallel. 200 when every service is ready, 503 otherwise, so a script can wait with
 * {@code curl -f}.
 */
@RestController
class StatusController {

    private final Map<String, GatewaySettings.Downstream> services;

    private final DownstreamProbe probe;

    StatusController(GatewaySettings settings, DownstreamProbe probe) {
        this.services = settings.services();
        this.probe = probe;
    }

    @GetMapping("/api/status")
    Mono<ResponseEntity<StatusReport>> status() {
        return Flux.fromIterable(services.entrySet())
            .flatMap(entry -> probe.probe(entry.getKey(), entry.getValue()))
            .sort((a, b) -> a.name().compareTo(b.name()))
            .collectList()
            .map(StatusController::report);
    }

    private static ResponseEntity<StatusReport> report(List<DownstreamProbe.ServiceStatus> statuses) {
        long ready = statuses.stream().filter(status -> status.readiness().equals("UP")).count();
        String overall = (ready == statuses.size()) ? "UP" : (ready == 0) ? "DOWN" : "DEGRADED";
        HttpStatus code = overall.equals("UP") ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE;
        return ResponseEntity.status(code)
            .cacheControl(CacheControl.noStore())
            .body(new StatusReport(overall, Instant.now(), statuses));
    }

    /** UP when all services are ready, DEGRADED when some are, DOWN when none is. */
    record StatusReport(String status, Instant checkedAt, List<DownstreamProbe.ServiceStatus> services) {
    }
}
