package io.tradewatch.alerts.domain.rules;

import java.math.BigDecimal;
import java.util.Optional;

/** The values a threshold may take for each rule type. */
final class ThresholdRange {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private ThresholdRange() {
    }

    static Optional<String> check(RuleType type, BigDecimal value) {
        return switch (type) {
            case PRICE_ABOVE, PRICE_BELOW -> (value.signum() > 0) ? Optional.empty()
                    : Optional.of("must be a price above 0 (USD)");
            case PERCENT_MOVE -> (value.signum() > 0 && value.compareTo(HUNDRED) <= 0) ? Optional.empty()
                    : Optional.of("must be a percentage above 0 and at most 100 (5 means 5 %)");
            case DRAWDOWN_ABOVE -> (value.signum() > 0 && value.compareTo(BigDecimal.ONE) < 0) ? Optional.empty()
                    : Optional.of("must be a ratio between 0 and 1 (0.10 means a 10 % drawdown)");
            case PNL_BELOW -> Optional.empty();
            case FEED_STALE -> Optional.of("is not used by feed_stale");
        };
    }
}
