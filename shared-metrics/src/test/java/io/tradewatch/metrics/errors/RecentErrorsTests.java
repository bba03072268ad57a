package io.tradewatch.metrics.errors;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import io.tradewatch.metrics.MeterFactory;
import io.tradewatch.metrics.ServiceMetrics;

import static org.assertj.core.api.Assertions.assertThat;

class RecentErrorsTests {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

    private final RecentErrors errors = new RecentErrors(3, new ServiceMetrics(MeterFactory.withDefaults(registry), "1.0"));

    @Test
    void keepsTheNewestErrorsFirstUpToCapacity() {
        for (int i = 1; i <= 5; i++) {
            errors.record("IOException", "failure " + i, "Publisher");
        }
        assertThat(errors.list()).extracting(RecentError::message).containsExactly("failure 5", "failure 4", "failure 3");
        assertThat(registry.get("trading.errors").tag("type", "IOException").counter().count()).isEqualTo(5);
    }

    @Test
    void masksTokenLikeStringsAndCutsLongMessages() {
        errors.record("log", "rejected key 3f9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a for client", "Auth");
        errors.record("log", "x".repeat(30) + " " + "y ".repeat(400), "Auth");
        assertThat(errors.list().get(1).message()).isEqualTo("rejected key *** for client");
        assertThat(errors.list().get(0).message()).hasSize(503).endsWith("...");
    }
}
