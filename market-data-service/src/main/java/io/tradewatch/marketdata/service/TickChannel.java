package io.tradewatch.marketdata.service;

import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.TimeUnit;

import io.tradewatch.marketdata.domain.tick.Tick;

/**
 * The bounded in-memory channel between the feeds and the pipeline worker. A feed never waits: when the
 * channel is full its oldest tick makes room for the new one (a stale tick is worth less than a fresh one).
 */
public final class TickChannel {

    private final ArrayBlockingQueue<Tick> queue;

    private final int capacity;

    public TickChannel(int capacity) {
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.capacity = capacity;
    }

    /** Adds the tick, dropping the oldest ones while the channel is full; returns how many were dropped. */
    public int offer(Tick tick) {
        int dropped = 0;
        while (!queue.offer(tick)) {
            if (queue.poll() != null) {
                dropped++;
            }
        }
        return dropped;
    }

    /** Waits up to {@code timeout} for a tick, then adds whatever else is waiting, up to {@code max} in all. */
    public int take(List<Tick> into, int max, long timeout, TimeUnit unit) throws InterruptedException {
        Tick first = queue.poll(timeout, unit);
        if (first == null) {
            return 0;
        }
        into.add(first);
        return 1 + queue.drainTo(into, max - 1);
    }

    public int size() {
        return queue.size();
    }

    public int capacity() {
        return capacity;
    }
}
