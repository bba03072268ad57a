package io.tradewatch.risk.service;

import java.math.BigDecimal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.tradewatch.metrics.RiskMetrics;
import io.tradewatch.risk.domain.rules.DrawdownLevel;
import io.tradewatch.risk.domain.rules.RiskLimits;
import io.tradewatch.risk.domain.rules.Units;
import io.tradewatch.risk.store.BookStore;
import io.tradewatch.risk.store.LimitsRepository;

import org.springframework.stereotype.Component;

/**
 * Announces drawdown crossing into a higher level after a fill or a mark. The level is kept in Redis by
 * the same script that changed equity, so each crossing is announced once across replicas; falling back
 * below a threshold re-arms it. The fill or mark is already applied when this runs, so a failed publish is
 * logged, not thrown.
 */
@Component
class DrawdownWatch {

    private static final Logger log = LoggerFactory.getLogger(DrawdownWatch.class);

    private final BreachService breaches;

    private final LimitsRepository limits;

    private final RiskMetrics metrics;

    DrawdownWatch(BreachService breaches, LimitsRepository limits, RiskMetrics metrics) {
        this.breaches = breaches;
        this.limits = limits;
        this.metrics = metrics;
    }

    void after(BookStore.Outcome outcome) {
        if (outcome.engagedKillSwitch()) {
            metrics.killSwitch(true);
            log.warn("Kill switch ENGAGED automatically: drawdown crossed its maximum. Every new order is rejected"
                    + " until an operator releases it with POST /api/risk/kill-switch");
        }
        String drawdownUnits = outcome.drawdown();
        Integer code = outcome.level();
        if (!outcome.rose() || drawdownUnits == null || code == null) {
            return;
        }
        DrawdownLevel level = DrawdownLevel.ofCode(code);
        BigDecimal drawdown = Units.fromUnits(drawdownUnits, Units.DRAWDOWN);
        try {
            RiskLimits current = limits.current();
            BigDecimal threshold = (level == DrawdownLevel.CRITICAL) ? current.maxDrawdown()
                    : current.drawdownWarning();
            breaches.drawdownCrossed(level, drawdown, threshold, outcome.engagedKillSwitch());
        }
        catch (RuntimeException ex) {
            log.error("Drawdown crossed to {} ({}) but its risk.breach could not be published: {}. The level is"
                    + " stored and trading_risk_drawdown_ratio shows it; alert from that gauge until the broker is"
                    + " back", level, drawdown.toPlainString(), ex.toString());
        }
    }
}
