package io.tradewatch.alerts.api;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import io.tradewatch.alerts.config.AlertProperties;
import io.tradewatch.alerts.domain.AlertCandidate;
import io.tradewatch.alerts.service.AlertmanagerIntake;
import io.tradewatch.alerts.service.RaiseOutcome;
import io.tradewatch.metrics.health.ComponentHealth;
import io.tradewatch.metrics.health.ComponentHealthRegistry;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/alerts/alertmanager}: 200 once every alert of the notification is accepted (or recognised
 * as a redelivery), within {@code accept-timeout}; 400 for a malformed payload (not retried by Alertmanager);
 * 503 only when it could not accept (Redis unreachable, intake full, too slow), so Alertmanager retries and the
 * receipts drop what was accepted already.
 */
@RestController
class AlertmanagerController {

    private static final Logger log = LoggerFactory.getLogger(AlertmanagerController.class);

    private final AlertmanagerTranslator translator;

    private final AlertmanagerIntake intake;

    private final AlertProperties.Alertmanager properties;

    private final ComponentHealth health;

    AlertmanagerController(AlertmanagerTranslator translator, AlertmanagerIntake intake, AlertProperties properties,
            ComponentHealthRegistry components) {
        this.translator = translator;
        this.intake = intake;
        this.properties = properties.alertmanager();
        this.health = components.component("alertmanager-receiver");
    }

    @PostMapping("/api/alerts/alertmanager")
    Mono<Map<String, Object>> receive(@RequestBody(required = false) @Nullable AlertmanagerPayload payload) {
        List<AlertCandidate> candidates = translator.translate(payload);
        CompletableFuture<Map<RaiseOutcome, Integer>> accepted;
        try {
            accepted = intake.accept(candidates);
        }
        catch (RejectedExecutionException ex) {
            return Mono.error(unavailable("the receiver's intake queue is full", null));
        }
        return Mono.fromFuture(accepted, true)
            .timeout(properties.acceptTimeout())
            .map(outcomes -> {
                health.success();
                Map<String, Integer> byName = new TreeMap<>();
                outcomes.forEach((outcome, count) -> byName.put(outcome.name().toLowerCase(Locale.ROOT), count));
                return Map.<String, Object>of("received", candidates.size(), "outcomes", byName);
            })
            .onErrorMap(error -> !(error instanceof ErrorResponseException), error -> {
                health.failure();
                return unavailable("accepting failed", error);
            });
    }

    private ErrorResponseException unavailable(String why, @Nullable Throwable cause) {
        log.warn("Answering 503 to Alertmanager: {} ({}); Alertmanager retries the notification and already accepted"
                + " alerts are recognised by their receipts", why, (cause != null) ? cause.toString() : "no cause");
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "The notification could not be accepted now (" + why + "); retry later.");
        ErrorResponseException error = new ErrorResponseException(HttpStatus.SERVICE_UNAVAILABLE, problem, cause);
        error.getHeaders().set(HttpHeaders.RETRY_AFTER, "5");
        return error;
    }
}
