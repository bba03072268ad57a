package io.tradewatch.metrics.health;

import java.time.Duration;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import io.tradewatch.metrics.MeterFactory;

import static org.assertj.core.api.Assertions.assertThat;

class HealthScoreTests {

    @Test
    void aHealthyComponentScoresOneHundred() {
        assertThat(HealthScore.of(0, 1, 1, ComponentStatus.UP)).isEqualTo(100);
    }

    @Test
    void weightsAreFortyTwentyTwentyTwenty() {
        assertThat(HealthScore.of(1, 1, 1, ComponentStatus.UP)).isEqualTo(60);
        assertThat(HealthScore.of(0, 0, 1, ComponentStatus.UP)).isEqualTo(80);
        assertThat(HealthScore.of(0, 1, 0, ComponentStatus.UP)).isEqualTo(80);
        assertThat(HealthScore.of(0, 1, 1, ComponentStatus.DOWN)).isEqualTo(80);
        assertThat(HealthScore.of(0.25, 0.5, 0.5, ComponentStatus.DEGRADED)).isEqualTo(30 + 10 + 10 + 10);
    }

    @Test
    void anUnknownComponentHasNoScore() {
        assertThat(HealthScore.of(0, 1, 1, ComponentStatus.UNKNOWN)).isNaN();
    }

    @Test
    void activityFallsLinearlyAfterTheWindow() {
        assertThat(HealthScore.activity(50, 100)).isEqualTo(1);
        assertThat(HealthScore.activity(150, 100)).isEqualTo(0.5);
        assertThat(HealthScore.activity(500, 100)).isZero();
    }

    @Test
    void registryScoresComponentsFromWhatTheyReport() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        ComponentHealthRegistry components = new ComponentHealthRegistry(MeterFactory.withDefaults(registry),
                Duration.ofMinutes(1), Duration.ofSeconds(10), Duration.ofSeconds(5));
        ComponentHealth feed = components.component("feed");
        ComponentHealth publisher = components.component("publisher");
        components.refresh();
        assertThat(feed.score()).isNaN();
        assertThat(components.overall()).isEqualTo(ComponentStatus.UNKNOWN);
        feed.up();
        for (int i = 0; i < 3; i++) {
            feed.success();
        }
        feed.failure();
        publisher.down("broker unreachable");
        components.refresh();
        assertThat(feed.score()).isEqualTo(40 * 0.75 + 20 + 20 + 20);
        assertThat(components.overall()).isEqualTo(ComponentStatus.DOWN);
        assertThat(registry.get("trading.component.health.score").tag("component", "feed").gauge().value())
            .isEqualTo(feed.score());
        assertThat(components.snapshots().get("publisher").detail()).isEqualTo("broker unreachable");
    }
}
