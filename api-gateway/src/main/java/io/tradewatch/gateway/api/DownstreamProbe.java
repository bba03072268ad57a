package io.tradewatch.gateway.api;

import java.net.URI;
import java.time.Duration;
import java.util.concurrent.TimeoutException;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.netty.channel.ChannelOption;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;

import io.tradewatch.gateway.config.GatewaySettings;

import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * Asks one downstream service's management port for {@code /actuator/health/readiness} and times the
 * answer; also reports the state of the gateway's circuit breaker for that service.
 */
@Component
class DownstreamProbe {

    static final String READINESS_PATH = "/actuator/health/readiness";

    private final WebClient client;

    private final Duration timeout;

    private final CircuitBreakerRegistry breakers;

    DownstreamProbe(GatewaySettings settings, CircuitBreakerRegistry breakers) {
        this.timeout = settings.status().timeout();
        HttpClient http = HttpClient.create()
            .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) timeout.toMillis())
            .responseTimeout(timeout);
        this.client = WebClient.builder().clientConnector(new ReactorClientHttpConnector(http)).build();
        this.breakers = breakers;
    }

    Mono<ServiceStatus> probe(String name, GatewaySettings.Downstream downstream) {
        URI uri = URI.create(downstream.managementUri().toString().replaceAll("/+$", "") + READINESS_PATH);
        long start = System.nanoTime();
        return client.get()
            .uri(uri)
            .exchangeToMono(response -> response.releaseBody().thenReturn(response.statusCode().value()))
            .timeout(timeout)
            .map(code -> status(name, (code == 200) ? "UP" : "DOWN", code, start, null))
            .onErrorResume(ex -> Mono.just(status(name, (ex instanceof TimeoutException) ? "TIMEOUT" : "UNREACHABLE",
                    null, start, ex.getClass().getSimpleName())));
    }

    private ServiceStatus status(String name, String readiness, @Nullable Integer httpStatus, long start,
            @Nullable String error) {
        double millis = Math.round((System.nanoTime() - start) / 10_000.0) / 100.0;
        String breaker = breakers.find(name).map(CircuitBreaker::getState).map(Enum::name).orElse("NONE");
        return new ServiceStatus(name, readiness, httpStatus, millis, breaker, error);
    }

    /** One service as the status page shows it. */
    record ServiceStatus(String name, String readiness, @Nullable Integer httpStatus, double responseTimeMillis,
            String circuitBreaker, @Nullable String error) {
    }
}
