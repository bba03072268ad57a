package io.tradewatch.gateway.filter;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.circuitbreaker.event.CircuitBreakerOnStateTransitionEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Logs every circuit breaker state change once: a breaker opening means every call to that service is
 * refused with 503 for a while, which operators must hear about, though not once per refused call.
 */
@Component
class BreakerTransitionLog implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(BreakerTransitionLog.class);

    private final CircuitBreakerRegistry breakers;

    BreakerTransitionLog(CircuitBreakerRegistry breakers) {
        this.breakers = breakers;
    }

    @Override
    public void afterSingletonsInstantiated() {
        breakers.getAllCircuitBreakers().forEach(this::watch);
        breakers.getEventPublisher().onEntryAdded(event -> watch(event.getAddedEntry()));
    }

    private void watch(CircuitBreaker breaker) {
        breaker.getEventPublisher().onStateTransition(BreakerTransitionLog::logTransition);
    }

    private static void logTransition(CircuitBreakerOnStateTransitionEvent event) {
        CircuitBreaker.StateTransition transition = event.getStateTransition();
        switch (transition.getToState()) {
            case OPEN, FORCED_OPEN -> log.warn("Circuit breaker {} opened ({} -> {}): calls to it answer 503 without"
                    + " being forwarded until trial calls succeed; check the service (GET /api/status)",
                    event.getCircuitBreakerName(), transition.getFromState(), transition.getToState());
            case CLOSED -> log.info("Circuit breaker {} closed ({} -> {}): calls are forwarded again",
                    event.getCircuitBreakerName(), transition.getFromState(), transition.getToState());
            default -> log.info("Circuit breaker {} moved {} -> {}", event.getCircuitBreakerName(),
                    transition.getFromState(), transition.getToState());
        }
    }
}
