package io.tradewatch.metrics.health;

/**
 * The 0-100 health score of a component: error rate 40%, uptime 20%, recent activity 20%, status 20%.
 * Plain arithmetic, no framework.
 */
public final class HealthScore {

    private HealthScore() {
    }

    /**
     * @param errorRatio errors over operations in the recent window, 0-1 (0 with no operations)
     * @param uptimeRatio share of the component's life not spent DOWN, 0-1
     * @param activityRatio 1 when active within the activity window, falling to 0 at twice the window
     * @param status the component's own status
     * @return the score, or NaN for an UNKNOWN component
     */
    public static double of(double errorRatio, double uptimeRatio, double activityRatio, ComponentStatus status) {
        if (status == ComponentStatus.UNKNOWN) {
            return Double.NaN;
        }
        double score = 40 * (1 - clamp(errorRatio)) + 20 * clamp(uptimeRatio) + 20 * clamp(activityRatio)
                + 20 * status.weight();
        return Math.round(score * 10) / 10.0;
    }

    /** Activity: 1 within the window, then falling linearly to 0 at twice the window. */
    public static double activity(long sinceLastNanos, long windowNanos) {
        if (sinceLastNanos <= windowNanos) {
            return 1;
        }
        return clamp(1 - (double) (sinceLastNanos - windowNanos) / windowNanos);
    }

    private static double clamp(double value) {
        return Math.max(0, Math.min(1, value));
    }
}
