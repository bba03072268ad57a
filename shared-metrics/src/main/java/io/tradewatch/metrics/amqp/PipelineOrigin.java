package io.tradewatch.metrics.amqp;

/**
 * The origin time (epoch milliseconds of the originating tick) of the message being handled on this
 * thread. The starter sets it around every listener call and copies it into every message published
 * from that thread; a service that publishes later from another thread (a resting order filled on a
 * later tick) sets it itself with {@link #set} and {@link #clear}.
 */
public final class PipelineOrigin {

    private static final ThreadLocal<long[]> CURRENT = ThreadLocal.withInitial(() -> new long[] { -1 });

    private PipelineOrigin() {
    }

    /** The current origin, or -1 when none. */
    public static long current() {
        return CURRENT.get()[0];
    }

    public static void set(long originEpochMillis) {
        CURRENT.get()[0] = originEpochMillis;
    }

    public static void clear() {
        CURRENT.get()[0] = -1;
    }
}
