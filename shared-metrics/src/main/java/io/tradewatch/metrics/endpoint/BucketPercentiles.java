package io.tradewatch.metrics.endpoint;

import io.micrometer.core.instrument.distribution.CountAtBucket;

/**
 * Estimates percentiles from histogram buckets by linear interpolation inside the bucket that holds the
 * rank, as Prometheus's {@code histogram_quantile} does. Plain arithmetic.
 */
final class BucketPercentiles {

    private BucketPercentiles() {
    }

    /**
     * @param buckets cumulative bucket counts, upper bounds ascending, in the unit wanted
     * @param count total number of observations
     * @param max the largest observation (the estimate for ranks past the last bucket)
     * @param quantile 0-1
     */
    static double estimate(CountAtBucket[] buckets, double count, double max, double quantile) {
        if (count <= 0) {
            return 0;
        }
        double rank = quantile * count;
        double lowerBound = 0;
        double lowerCount = 0;
        for (CountAtBucket bucket : buckets) {
            double upper = bucket.bucket();
            double cumulative = bucket.count();
            if (cumulative >= rank) {
                double inBucket = cumulative - lowerCount;
                double fraction = (inBucket > 0) ? (rank - lowerCount) / inBucket : 1;
                return Math.min(max, lowerBound + (upper - lowerBound) * fraction);
            }
            lowerBound = upper;
            lowerCount = cumulative;
        }
        return max;
    }
}
