package io.tradewatch.gateway.api;

import java.net.URI;
import java.util.concurrent.TimeoutException;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.event.Level;

import io.tradewatch.gateway.domain.AccessPolicy;
import io.tradewatch.gateway.filter.ProblemResponses;
import io.tradewatch.gateway.filter.RequestIds;

import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;

/**
 * The circuit breakers' fallback (routes forward here; the path is blocked from outside): 503 when the
 * circuit is open or the service cannot be reached, 504 when it did not answer in time, as problem+json
 * that says whether a write may have been applied and what to do next.
 */
@RestController
class FallbackController {

    private static final Logger log = LoggerFactory.getLogger(FallbackController.class);

    /** Why the call did not get through. */
    enum Reason { CIRCUIT_OPEN, TIMEOUT, UNREACHABLE }

    @RequestMapping("/gateway-fallback/{service}")
    ResponseEntity<ProblemDetail> fallback(@PathVariable String service, ServerWebExchange exchange) {
        Throwable cause = exchange.getAttribute(ServerWebExchangeUtils.CIRCUITBREAKER_EXECUTION_EXCEPTION_ATTR);
        Reason reason = classify(cause);
        HttpStatus status = (reason == Reason.TIMEOUT) ? HttpStatus.GATEWAY_TIMEOUT : HttpStatus.SERVICE_UNAVAILABLE;
        String method = exchange.getRequest().getMethod().name();
        String path = RequestIds.originalPath(exchange);
        // An open circuit refuses every call; BreakerTransitionLog reports its opening once instead
        log.atLevel((reason == Reason.CIRCUIT_OPEN) ? Level.DEBUG : Level.WARN)
            .log("{} {} answered {} by the fallback of {}: {} ({}), request id {}", method, path, status.value(),
                    service, reason, (cause != null) ? cause.toString() : "no cause", RequestIds.of(exchange));
        ResponseEntity.BodyBuilder answer = ResponseEntity.status(status);
        if (reason == Reason.CIRCUIT_OPEN) {
            answer.header(HttpHeaders.RETRY_AFTER, "10");
        }
        return answer.body(problem(service, reason, status, method, path, RequestIds.of(exchange)));
    }

    private static ProblemDetail problem(String service, Reason reason, HttpStatus status, String method, String path,
            String requestId) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail(service, reason, method));
        problem.setType(ProblemResponses.type(slug(reason)));
        problem.setTitle(title(reason));
        problem.setInstance(URI.create(path));
        problem.setProperty("service", service);
        problem.setProperty("reason", reason.name());
        problem.setProperty("requestId", requestId);
        return problem;
    }

    static Reason classify(@Nullable Throwable cause) {
        return switch (cause) {
            case CallNotPermittedException open -> Reason.CIRCUIT_OPEN;
            case TimeoutException timeout -> Reason.TIMEOUT;
            case ResponseStatusException status when status.getStatusCode().value() == 504 -> Reason.TIMEOUT;
            case null, default -> Reason.UNREACHABLE;
        };
    }

    private static String detail(String service, Reason reason, String method) {
        String what = switch (reason) {
            case CIRCUIT_OPEN -> service + " has failed repeatedly, so the gateway stops calling it for a while"
                    + " (circuit open); the request was not forwarded.";
            case TIMEOUT -> service + " did not answer in time.";
            case UNREACHABLE -> service + " cannot be reached.";
        };
        String next = (reason != Reason.CIRCUIT_OPEN && !AccessPolicy.isRead(method))
                ? " The " + method + " may or may not have been applied: check its state (for orders, GET /api/orders"
                        + " or retry with the same Idempotency-Key) before repeating it."
                : " Retry later; GET /api/status shows each service's readiness.";
        return what + next;
    }

    private static String slug(Reason reason) {
        return switch (reason) {
            case CIRCUIT_OPEN -> "circuit-open";
            case TIMEOUT -> "downstream-timeout";
            case UNREACHABLE -> "downstream-unavailable";
        };
    }

    private static String title(Reason reason) {
        return switch (reason) {
            case CIRCUIT_OPEN -> "Service temporarily cut off";
            case TIMEOUT -> "Service timed out";
            case UNREACHABLE -> "Service unavailable";
        };
    }
}
