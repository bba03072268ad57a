package io.tradewatch.metrics.health;

import java.util.concurrent.atomic.LongAdder;

import org.jspecify.annotations.Nullable;

/**
 * A component's own account of its health: its status, its operations and errors, and when it was last
 * active. Services hold one per component (a feed, a listener, a publisher) and report as they work; the
 * score is recomputed on a schedule, never on the hot path.
 */
public final class ComponentHealth {

    private final String name;

    private final LongAdder operations = new LongAdder();

    private final LongAdder errors = new LongAdder();

    private final long createdNanos = System.nanoTime();

    private final long[] operationsWindow;

    private final long[] errorsWindow;

    private int windowIndex;

    private volatile ComponentStatus status = ComponentStatus.UNKNOWN;

    private volatile @Nullable String detail;

    private volatile long lastActivityNanos;

    private long downSinceNanos = -1;

    private long downTotalNanos;

    private volatile double score = Double.NaN;

    private volatile double errorRatio;

    ComponentHealth(String name, int windowSlots) {
        this.name = name;
        this.operationsWindow = new long[Math.max(1, windowSlots)];
        this.errorsWindow = new long[Math.max(1, windowSlots)];
    }

    public String name() {
        return name;
    }

    public void up() {
        status(ComponentStatus.UP, null);
    }

    public void degraded(String reason) {
        status(ComponentStatus.DEGRADED, reason);
    }

    public void down(String reason) {
        status(ComponentStatus.DOWN, reason);
    }

    /** One operation done without error. */
    public void success() {
        operations.increment();
        lastActivityNanos = System.nanoTime();
    }

    /** One operation that failed. */
    public void failure() {
        operations.increment();
        errors.increment();
        lastActivityNanos = System.nanoTime();
    }

    /** Activity that is neither a success nor a failure, such as a heartbeat. */
    public void active() {
        lastActivityNanos = System.nanoTime();
    }

    public ComponentStatus status() {
        ComponentStatus current = status;
        if (current == ComponentStatus.UNKNOWN && lastActivityNanos != 0) {
            return ComponentStatus.UP;
        }
        return current;
    }

    public double score() {
        return score;
    }

    private synchronized void status(ComponentStatus next, @Nullable String reason) {
        long now = System.nanoTime();
        if (next == ComponentStatus.DOWN && downSinceNanos < 0) {
            downSinceNanos = now;
        }
        else if (next != ComponentStatus.DOWN && downSinceNanos >= 0) {
            downTotalNanos += now - downSinceNanos;
            downSinceNanos = -1;
        }
        status = next;
        detail = reason;
    }

    /** Moves the error window on and recomputes the score; called on the registry's schedule. */
    synchronized void refresh(long activityWindowNanos) {
        long now = System.nanoTime();
        long ops = operations.sum();
        long errs = errors.sum();
        int oldest = (windowIndex + 1) % operationsWindow.length;
        long windowOps = ops - operationsWindow[oldest];
        long windowErrors = errs - errorsWindow[oldest];
        windowIndex = oldest;
        operationsWindow[windowIndex] = ops;
        errorsWindow[windowIndex] = errs;
        errorRatio = (windowOps > 0) ? (double) windowErrors / windowOps : 0;
        long life = Math.max(1, now - createdNanos);
        long down = downTotalNanos + ((downSinceNanos >= 0) ? now - downSinceNanos : 0);
        long last = lastActivityNanos;
        double activity = (last == 0) ? 0 : HealthScore.activity(now - last, activityWindowNanos);
        score = HealthScore.of(errorRatio, 1 - (double) down / life, activity, status());
    }

    /** What the health endpoint shows of this component. */
    public Snapshot snapshot() {
        long last = lastActivityNanos;
        return new Snapshot(status().name(), score, operations.sum(), errors.sum(), errorRatio,
                (last == 0) ? null : (System.nanoTime() - last) / 1_000_000, detail);
    }

    /** A component's health as shown in {@code /actuator/health}. */
    public record Snapshot(String status, double score, long operations, long errors, double recentErrorRatio,
            @Nullable Long millisSinceActivity, @Nullable String detail) {
    }
}
