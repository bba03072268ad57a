package io.tradewatch.alerts.delivery;

import io.tradewatch.alerts.domain.delivery.Delivery;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One target's bounded queue and its own worker (a virtual thread): deliveries to the target are made in
 * order, one at a time, and a target that hangs holds up only its own lane. An idle lane retires itself.
 */
final class DeliveryLane implements Runnable {

    private static final Logger log = LoggerFactory.getLogger(DeliveryLane.class);

    private final String key;

    private final String name;

    private final BlockingQueue<Delivery> queue;

    private final DeliveryRunner runner;

    private final Duration idleTimeout;

    private final Predicate<DeliveryLane> retire;

    private volatile boolean busy;

    private @Nullable Thread worker;

    DeliveryLane(String key, String name, int capacity, DeliveryRunner runner, Duration idleTimeout,
            Predicate<DeliveryLane> retire) {
        this.key = key;
        this.name = name;
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.runner = runner;
        this.idleTimeout = idleTimeout;
        this.retire = retire;
    }

    void start() {
        worker = Thread.ofVirtual().name(name).start(this);
    }

    String key() {
        return key;
    }

    boolean offer(Delivery delivery) {
        return queue.offer(delivery);
    }

    boolean isEmpty() {
        return queue.isEmpty();
    }

    int depth() {
        return queue.size();
    }

    boolean busy() {
        return busy;
    }

    @Override
    public void run() {
        while (!Thread.currentThread().isInterrupted()) {
            Delivery delivery;
            try {
                delivery = queue.poll(idleTimeout.toMillis(), TimeUnit.MILLISECONDS);
            }
            catch (InterruptedException ex) {
                return;
            }
            if (delivery == null) {
                if (retire.test(this)) {
                    return;
                }
                continue;
            }
            busy = true;
            try {
                runner.run(delivery);
            }
            catch (RuntimeException ex) {
                log.error("Delivery of alert {} on lane {} failed unexpectedly; it is dead-lettered", delivery.alert().id(),
                        name, ex);
                runner.deadLetter(delivery, 0, 0, "unexpected failure: " + ex);
            }
            finally {
                busy = false;
            }
        }
    }

    /** Stops the worker and returns what was still queued. */
    List<Delivery> stop() {
        Thread thread = worker;
        if (thread != null) {
            thread.interrupt();
        }
        List<Delivery> left = new ArrayList<>();
        queue.drainTo(left);
        return left;
    }

    void awaitStopped(Duration timeout) throws InterruptedException {
        Thread thread = worker;
        if (thread != null) {
            thread.join(timeout);
        }
    }
}
