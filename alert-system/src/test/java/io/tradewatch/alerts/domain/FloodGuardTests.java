package io.tradewatch.alerts.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class FloodGuardTests {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void letsABurstThroughThenOnlyTheRate() {
        FloodGuard guard = new FloodGuard(10, 50, 0);

        int passed = 0;
        for (int i = 0; i < 5000; i++) {
            passed += guard.tryAcquire(0) ? 1 : 0;
        }
        assertThat(passed).isEqualTo(50);

        int later = 0;
        for (int i = 0; i < 5000; i++) {
            later += guard.tryAcquire(2 * SECOND) ? 1 : 0;
        }
        assertThat(later).isEqualTo(20);
    }

    @Test
    void neverStoresMoreThanTheBurst() {
        FloodGuard guard = new FloodGuard(100, 5, 0);

        int passed = 0;
        for (int i = 0; i < 100; i++) {
            passed += guard.tryAcquire(3600 * SECOND) ? 1 : 0;
        }

        assertThat(passed).isEqualTo(5);
    }

    @Test
    void aClockGoingBackwardsGrantsNothing() {
        FloodGuard guard = new FloodGuard(1000, 1, 10 * SECOND);
        guard.tryAcquire(10 * SECOND);

        assertThat(guard.tryAcquire(5 * SECOND)).isFalse();
    }

    @Test
    void peekingAtTheCapacityTakesNothing() {
        FloodGuard guard = new FloodGuard(1, 2, 0);

        for (int i = 0; i < 10; i++) {
            assertThat(guard.hasCapacity(0)).isTrue();
        }
        assertThat(guard.tryAcquire(0)).isTrue();
        assertThat(guard.tryAcquire(0)).isTrue();
        assertThat(guard.hasCapacity(0)).isFalse();
        assertThat(guard.hasCapacity(SECOND)).isTrue();
    }

    @Test
    void refusesANonsensicalConfiguration() {
        assertThatIllegalArgumentException().isThrownBy(() -> new FloodGuard(0, 10, 0));
        assertThatIllegalArgumentException().isThrownBy(() -> new FloodGuard(10, 0, 0));
    }
}
