package io.tradewatch.metrics.endpoint;

import io.micrometer.core.instrument.distribution.CountAtBucket;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class BucketPercentilesTests {

    private final CountAtBucket[] buckets = { new CountAtBucket(1.0, 50), new CountAtBucket(2.0, 90),
            new CountAtBucket(4.0, 100) };

    @Test
    void interpolatesInsideTheBucketHoldingTheRank() {
        assertThat(BucketPercentiles.estimate(buckets, 100, 3.5, 0.5)).isCloseTo(1.0, within(1e-9));
        assertThat(BucketPercentiles.estimate(buckets, 100, 3.5, 0.7)).isCloseTo(1.5, within(1e-9));
        assertThat(BucketPercentiles.estimate(buckets, 100, 3.5, 0.95)).isCloseTo(3.0, within(1e-9));
    }

    @Test
    void neverExceedsTheObservedMaximum() {
        assertThat(BucketPercentiles.estimate(buckets, 100, 2.5, 0.99)).isEqualTo(2.5);
        assertThat(BucketPercentiles.estimate(buckets, 120, 9.0, 0.99)).isEqualTo(9.0);
    }

    @Test
    void anEmptyHistogramHasZeroPercentiles() {
        assertThat(BucketPercentiles.estimate(buckets, 0, 0, 0.5)).isZero();
    }
}
