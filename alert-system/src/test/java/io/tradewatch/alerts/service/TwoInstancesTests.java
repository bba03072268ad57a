package io.tradewatch.alerts.service;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;

import io.tradewatch.alerts.AlertSystemApplication;
import io.tradewatch.alerts.domain.AlertCandidate;
import io.tradewatch.alerts.domain.AlertKind;
import io.tradewatch.alerts.domain.AlertStatus;
import io.tradewatch.alerts.domain.ChannelTarget;
import io.tradewatch.alerts.domain.ChannelType;
import io.tradewatch.alerts.domain.Fingerprints;
import io.tradewatch.alerts.domain.Severity;
import io.tradewatch.alerts.support.IntegrationTestBase;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Two running replicas on the same broker and Redis: the shared gate lets each alert through once. */
class TwoInstancesTests extends IntegrationTestBase {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Test
    void cooldownSuppressesDuplicatesAcrossTwoInstances() throws Exception {
        try (ConfigurableApplicationContext second = new SpringApplicationBuilder(AlertSystemApplication.class)
            .run(secondInstanceArguments())) {
            MeterRegistry secondRegistry = second.getBean(MeterRegistry.class);
            double before = cooldowns(secondRegistry);
            String symbol = unique("TW");

            for (int i = 0; i < 10; i++) {
                publish("risk.breach", "risk.breach", Map.of("limit", "daily_loss", "value", "1250.00", "threshold",
                        "1000.00", "severity", "critical", "symbol", symbol, "message", "daily loss above the limit"));
            }

            await().atMost(WAIT).until(() -> cooldowns(secondRegistry) - before == 9);
            await().atMost(WAIT).until(() -> RECEIVER.requests("/default", symbol), list -> !list.isEmpty());
            assertThat(RECEIVER.requests("/default", symbol)).hasSize(1);

            String token = unique("twin");
            AlertCandidate twin = new AlertCandidate(Fingerprints.of("test", token), AlertKind.RISK_BREACH,
                    Severity.WARNING, AlertStatus.FIRING, "test", "Raised on both replicas " + token, "same alert twice",
                    Map.of(), Instant.now(), null, null,
                    List.of(new ChannelTarget(ChannelType.WEBHOOK, URI.create(RECEIVER.url("/twin-" + token)))),
                    Duration.ofMinutes(10), null);
            List<RaiseOutcome> outcomes = raiseConcurrently(twin, context.getBean(AlertPipeline.class),
                    second.getBean(AlertPipeline.class));

            assertThat(outcomes).filteredOn(outcome -> outcome == RaiseOutcome.SENT).hasSize(1);
            assertThat(outcomes).filteredOn(outcome -> outcome == RaiseOutcome.COOLDOWN).hasSize(outcomes.size() - 1);
            await().atMost(WAIT).until(() -> RECEIVER.requests("/twin-" + token, token), list -> !list.isEmpty());
            assertThat(RECEIVER.requests("/twin-" + token, token)).hasSize(1);
        }
    }

    private double cooldowns(MeterRegistry secondRegistry) {
        return count("trading.alerts.suppressed", "reason", "cooldown")
                + count(secondRegistry, "trading.alerts.suppressed", "reason", "cooldown");
    }

    /** Raises the same alert from four threads on each replica, released at the same moment. */
    private static List<RaiseOutcome> raiseConcurrently(AlertCandidate candidate, AlertPipeline... replicas)
            throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Callable<RaiseOutcome>> tasks = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            AlertPipeline replica = replicas[i % replicas.length];
            tasks.add(() -> {
                start.await();
                return replica.raise(candidate);
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
        try {
            List<Future<RaiseOutcome>> futures = new ArrayList<>();
            tasks.forEach(task -> futures.add(pool.submit(task)));
            start.countDown();
            List<RaiseOutcome> outcomes = new ArrayList<>();
            for (Future<RaiseOutcome> future : futures) {
                outcomes.add(future.get());
            }
            return outcomes;
        }
        finally {
            pool.shutdownNow();
        }
    }
}
