package io.tradewatch.marketdata.feed.replay;

import java.util.concurrent.locks.LockSupport;

/**
 * Paces one pass of a replay: waits until each recorded trade is due (its offset from the first trade
 * divided by the speed; no wait at speed 0) and gives its trade time, rebased to start now if asked.
 */
final class ReplayPacer {

    private final double speed;

    private final boolean rebase;

    private final long startNanos = System.nanoTime();

    private final long startMillis = System.currentTimeMillis();

    private long firstRecorded = Long.MIN_VALUE;

    ReplayPacer(double speed, boolean rebase) {
        this.speed = speed;
        this.rebase = rebase;
    }

    /** Waits for the trade recorded at {@code recordedMillis} and returns the trade time to use. */
    long await(long recordedMillis) {
        if (firstRecorded == Long.MIN_VALUE) {
            firstRecorded = recordedMillis;
        }
        long offsetMillis = Math.max(0, recordedMillis - firstRecorded);
        if (speed > 0) {
            long due = startNanos + (long) (offsetMillis * 1_000_000 / speed);
            for (long wait = due - System.nanoTime(); wait > 0 && !Thread.currentThread().isInterrupted();
                    wait = due - System.nanoTime()) {
                LockSupport.parkNanos(wait);
            }
        }
        long replayedOffset = (speed > 0) ? (long) (offsetMillis / speed) : offsetMillis;
        return rebase ? startMillis + replayedOffset : recordedMillis;
    }
}
