package io.tradewatch.strategy.messaging;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.tradewatch.metrics.MessagingMetrics;
import io.tradewatch.platform.messaging.Exchanges;
import io.tradewatch.strategy.domain.Decision;
import io.tradewatch.strategy.domain.SymbolStrategy;
import io.tradewatch.strategy.domain.Tick;
import io.tradewatch.strategy.service.SignalSink;

import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Hands decisions from the tick consumers to one publishing thread, so a shard never waits for a broker
 * confirm: the thread sends what is queued (up to {@value #BATCH} signals) and then waits for their confirms
 * together. Started before and stopped after the tick consumers (its phase is one lower), publishing what is
 * still queued on the way down.
 */
@Component
public class SignalDispatcher implements SignalSink, SmartLifecycle {

    static final int BATCH = 100;

    private static final int CAPACITY = 10_000;

    private static final Logger log = LoggerFactory.getLogger(SignalDispatcher.class);

    private final BlockingQueue<SignalPublisher.Pending> queue = new ArrayBlockingQueue<>(CAPACITY);

    private final AtomicInteger pending = new AtomicInteger();

    private final SignalPublisher publisher;

    private final MessagingMetrics messaging;

    private volatile boolean running;

    private volatile Thread thread;

    SignalDispatcher(SignalPublisher publisher, MessagingMetrics messaging) {
        this.publisher = publisher;
        this.messaging = messaging;
    }

    /** Queues a decision; if the queue stays full for a second (the broker is down) the signal is lost and logged. */
    @Override
    public void submit(SymbolStrategy strategy, Decision decision, Tick tick) {
        pending.incrementAndGet();
        try {
            if (!queue.offer(new SignalPublisher.Pending(strategy, decision, tick), 1, TimeUnit.SECONDS)) {
                pending.decrementAndGet();
                messaging.publishFailed(Exchanges.EVENTS, "signal");
                log.error("Signal queue full ({} waiting): the {} signal of strategy {} on {} is lost. The broker is not"
                        + " confirming; check RabbitMQ", CAPACITY, decision.side(), strategy.definition().id(),
                        tick.symbol());
            }
        }
        catch (InterruptedException ex) {
            pending.decrementAndGet();
            Thread.currentThread().interrupt();
        }
    }

    /** Signals queued or waiting for their confirm. */
    public int pending() {
        return pending.get();
    }

    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 1;
    }

    @Override
    public void start() {
        running = true;
        thread = Thread.ofPlatform().name("strategy-signals").daemon(true).start(this::loop);
    }

    @Override
    public void stop() {
        running = false;
        Thread current = thread;
        if (current != null) {
            try {
                current.join(10_000);
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void loop() {
        List<SignalPublisher.Pending> batch = new ArrayList<>(BATCH);
        while (running || !queue.isEmpty()) {
            try {
                SignalPublisher.Pending first = queue.poll(100, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, BATCH - 1);
                publisher.publish(batch);
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                return;
            }
            catch (RuntimeException ex) {
                log.error("Publishing {} signals failed unexpectedly; they are lost", batch.size(), ex);
            }
            finally {
                pending.addAndGet(-batch.size());
                batch.clear();
            }
        }
    }
}
