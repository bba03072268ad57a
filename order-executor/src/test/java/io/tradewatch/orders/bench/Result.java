package io.tradewatch.orders.bench;

import java.util.List;

/** What one benchmark phase measured: how many were sent and completed, the rate and latency percentiles. */
record Result(long sent, long completed, double perSecond, double p50Millis, double p99Millis, double maxMillis) {

    static Result of(long sent, List<Long> latencyNanos, long elapsedNanos) {
        long[] sorted = latencyNanos.stream().mapToLong(Long::longValue).sorted().toArray();
        double rate = (elapsedNanos > 0) ? sorted.length * 1e9 / elapsedNanos : 0;
        return new Result(sent, sorted.length, rate, percentile(sorted, 0.50), percentile(sorted, 0.99),
                (sorted.length > 0) ? sorted[sorted.length - 1] / 1e6 : 0);
    }

    private static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }
}
