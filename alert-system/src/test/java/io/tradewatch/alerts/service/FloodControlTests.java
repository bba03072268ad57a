package io.tradewatch.alerts.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.tradewatch.alerts.domain.AlertCandidate;
import io.tradewatch.alerts.domain.AlertKind;
import io.tradewatch.alerts.domain.AlertStatus;
import io.tradewatch.alerts.domain.ChannelTarget;
import io.tradewatch.alerts.domain.FloodGuard;
import io.tradewatch.alerts.domain.Severity;
import io.tradewatch.alerts.store.AlertGate;
import io.tradewatch.alerts.store.AlertRecorder;
import io.tradewatch.alerts.support.IntegrationTestBase;
import io.tradewatch.metrics.AlertMetrics;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.StringRedisTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A flood of distinct alerts through the real gate, history and dispatcher, with a flood guard of its own
 * (50 per second, bursts of 100) so the shared context's guard is left alone.
 */
class FloodControlTests extends IntegrationTestBase {

    private static final int ALERTS = 3000;

    @Autowired
    private AlertGate gate;

    @Autowired
    private AlertRecorder recorder;

    @Autowired
    private AlertDispatch dispatch;

    @Autowired
    private AlertMetrics metrics;

    @Autowired
    private StringRedisTemplate redis;

    @Test
    void aFloodIsThrottledCountedAndLeavesNothingUnbounded() {
        AlertPipeline pipeline = new AlertPipeline(gate, new FloodGuard(50, 100, System.nanoTime()), recorder, dispatch,
                metrics, Clock.systemUTC());
        double floodBefore = count("trading.alerts.suppressed", "reason", "flood");
        String token = unique("flood");
        Map<RaiseOutcome, Integer> outcomes = new EnumMap<>(RaiseOutcome.class);
        String refused = null;

        long started = System.nanoTime();
        for (int i = 0; i < ALERTS; i++) {
            RaiseOutcome outcome = pipeline.raise(candidate(token + "-" + i));
            outcomes.merge(outcome, 1, Integer::sum);
            refused = (outcome == RaiseOutcome.FLOOD && refused == null) ? token + "-" + i : refused;
        }
        double seconds = (System.nanoTime() - started) / 1e9;

        int sent = outcomes.getOrDefault(RaiseOutcome.SENT, 0);
        assertThat(sent).isBetween(100, 100 + (int) Math.ceil(50 * seconds) + 1);
        assertThat(outcomes.get(RaiseOutcome.FLOOD)).isEqualTo(ALERTS - sent);
        assertThat(count("trading.alerts.suppressed", "reason", "flood") - floodBefore).isEqualTo(ALERTS - sent);
        assertThat(redis.opsForStream().size("alerts:history")).as("the history stream is capped near 2000")
            .isLessThanOrEqualTo(2200);
        assertThat(refused).isNotNull();
        assertThat(redis.hasKey("alerts:cooldown:" + candidate(refused).fingerprint()))
            .as("a refused alert leaves no cooldown behind, so it can fire later").isFalse();
    }

    private static AlertCandidate candidate(String name) {
        return new AlertCandidate("flood-" + name, AlertKind.PRICE_CROSS, Severity.INFO, AlertStatus.FIRING, "test",
                "flood " + name, "one of many", Map.of(), Instant.now(), null, null, List.of(ChannelTarget.log()),
                Duration.ofMinutes(1), null);
    }
}
