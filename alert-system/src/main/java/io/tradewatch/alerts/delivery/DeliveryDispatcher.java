package io.tradewatch.alerts.delivery;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.tradewatch.alerts.config.AlertProperties;
import io.tradewatch.alerts.domain.AlertView;
import io.tradewatch.alerts.domain.ChannelTarget;
import io.tradewatch.alerts.domain.delivery.Delivery;
import io.tradewatch.alerts.service.AlertDispatch;
import io.tradewatch.alerts.service.Tags;
import io.tradewatch.metrics.AlertMetrics;

import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Hands each alert to one lane per target. Queues are bounded per target and the number of lanes is bounded,
 * so a flood or a dead target cannot exhaust memory: a delivery that finds its queue full is dead-lettered at
 * once. On shutdown (after the web server and listeners stopped, before Redis) queued deliveries get
 * {@code shutdown-grace} to finish; what is left is dead-lettered so it can be retried.
 */
@Component
public class DeliveryDispatcher implements AlertDispatch, SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DeliveryDispatcher.class);

    private final ConcurrentHashMap<String, DeliveryLane> lanes = new ConcurrentHashMap<>();

    private final AtomicInteger laneNumbers = new AtomicInteger();

    private final DeliveryRunner runner;

    private final AlertProperties.Delivery properties;

    private final AlertMetrics metrics;

    private final Clock clock;

    private volatile boolean running;

    DeliveryDispatcher(DeliveryRunner runner, AlertProperties properties, AlertMetrics metrics, Clock clock) {
        this.runner = runner;
        this.properties = properties.delivery();
        this.metrics = metrics;
        this.clock = clock;
        metrics.bindDeliveryQueue(this, DeliveryDispatcher::depth);
    }

    @Override
    public void dispatch(AlertView alert, List<ChannelTarget> targets) {
        for (ChannelTarget target : targets) {
            submit(new Delivery(UUID.randomUUID().toString(), alert, target, clock.instant()));
        }
    }

    /** Queues a delivery on its target's lane, or dead-letters it when it cannot be queued. */
    public void submit(Delivery delivery) {
        String refusal = running ? enqueue(delivery) : "the service is stopping";
        if (refusal != null) {
            metrics.deliveryFailed(Tags.channel(delivery.target().type()));
            runner.deadLetter(delivery, 0, 0, "not queued: " + refusal);
        }
    }

    /** Deliveries waiting in every lane. */
    int depth() {
        int depth = 0;
        for (DeliveryLane lane : lanes.values()) {
            depth += lane.depth();
        }
        return depth;
    }

    private @Nullable String enqueue(Delivery delivery) {
        String[] refusal = { null };
        lanes.compute(delivery.target().key(), (key, lane) -> {
            DeliveryLane current = lane;
            if (current == null) {
                if (lanes.size() >= properties.maxTargets()) {
                    refusal[0] = "more than " + properties.maxTargets() + " distinct targets are busy";
                    return null;
                }
                current = new DeliveryLane(key, "alert-delivery-" + delivery.target().type().wireName() + "-"
                        + laneNumbers.incrementAndGet(), properties.queueCapacity(), runner, properties.idleLaneTimeout(),
                        this::retire);
                current.start();
            }
            if (!current.offer(delivery)) {
                refusal[0] = "the queue of " + delivery.target().describe() + " is full (" + properties.queueCapacity() + ")";
            }
            return current;
        });
        return refusal[0];
    }

    /** Removes an idle lane unless a delivery arrived meanwhile; {@code true} tells its worker to end. */
    private boolean retire(DeliveryLane lane) {
        boolean[] retired = { false };
        lanes.compute(lane.key(), (key, current) -> {
            if (current != lane) {
                retired[0] = true;
                return current;
            }
            retired[0] = lane.isEmpty();
            return retired[0] ? null : current;
        });
        return retired[0];
    }

    @Override
    public void start() {
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        long deadline = System.nanoTime() + properties.shutdownGrace().toNanos();
        while (lanes.values().stream().anyMatch(lane -> lane.busy() || !lane.isEmpty()) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(Duration.ofMillis(50));
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        int left = 0;
        for (DeliveryLane lane : List.copyOf(lanes.values())) {
            for (Delivery delivery : lane.stop()) {
                left++;
                runner.deadLetter(delivery, 0, 0, "the service stopped before it was delivered");
            }
        }
        awaitWorkers();
        lanes.clear();
        if (left > 0) {
            log.warn("Stopped with {} queued alert deliveries; they are in the dead-letter list for a retry", left);
        }
    }

    private void awaitWorkers() {
        for (DeliveryLane lane : List.copyOf(lanes.values())) {
            try {
                lane.awaitStopped(Duration.ofSeconds(2));
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Stops after the web server and the listeners (which may still raise alerts) and before Redis. */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 4096;
    }
}
