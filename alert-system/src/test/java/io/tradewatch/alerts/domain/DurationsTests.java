package io.tradewatch.alerts.domain;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DurationsTests {

    @Test
    void readsSimpleAndIsoDurations() {
        assertThat(Durations.parse("500ms")).contains(Duration.ofMillis(500));
        assertThat(Durations.parse("30s")).contains(Duration.ofSeconds(30));
        assertThat(Durations.parse("5M")).contains(Duration.ofMinutes(5));
        assertThat(Durations.parse("1h")).contains(Duration.ofHours(1));
        assertThat(Durations.parse("2d")).contains(Duration.ofDays(2));
        assertThat(Durations.parse("PT90S")).contains(Duration.ofSeconds(90));
        assertThat(Durations.parse("soon")).isEmpty();
        assertThat(Durations.parse("-5m")).isEmpty();
    }

    @Test
    void formatsWithTheLargestExactUnit() {
        assertThat(Durations.format(Duration.ofSeconds(90))).isEqualTo("90s");
        assertThat(Durations.format(Duration.ofMinutes(120))).isEqualTo("2h");
        assertThat(Durations.format(Duration.ZERO)).isEqualTo("0s");
        assertThat(Durations.format(Duration.ofMillis(1500))).isEqualTo("1500ms");
    }

    @Test
    void fingerprintsAreStableAndSeparateTheirParts() {
        assertThat(Fingerprints.of("rule", "a", "b")).isEqualTo(Fingerprints.of("rule", "a", "b")).hasSize(16);
        assertThat(Fingerprints.of("rule", "ab", "")).isNotEqualTo(Fingerprints.of("rule", "a", "b"));
    }
}
