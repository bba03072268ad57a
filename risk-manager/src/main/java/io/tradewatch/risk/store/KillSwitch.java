package io.tradewatch.risk.store;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.tradewatch.metrics.RiskMetrics;
import io.tradewatch.risk.domain.KillSwitchState;

import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads and switches the kill switch in Redis. The check script reads the same hash, so a change applies
 * to the very next check on every replica.
 */
@Component
public class KillSwitch {

    private static final Logger log = LoggerFactory.getLogger(KillSwitch.class);

    private final StringRedisTemplate redis;

    private final String key;

    private final RiskMetrics metrics;

    private final Clock clock;

    KillSwitch(RiskScripts scripts, RiskMetrics metrics, Clock clock) {
        this.redis = scripts.redis();
        this.key = scripts.key("killswitch");
        this.metrics = metrics;
        this.clock = clock;
    }

    public KillSwitchState state() {
        List<Object> values = redis.opsForHash().multiGet(key, List.of("engaged", "reason", "source", "since"));
        return new KillSwitchState("1".equals(values.get(0)), text(values.get(1)), text(values.get(2)),
                text(values.get(3)));
    }

    /** Engages or releases the kill switch; the change is logged with its reason. */
    public KillSwitchState set(boolean engaged, String reason, String source) {
        String at = clock.instant().truncatedTo(ChronoUnit.MILLIS).toString();
        redis.opsForHash().putAll(key, Map.of("engaged", engaged ? "1" : "0", "reason", reason,
                "source", source, "since", at));
        metrics.killSwitch(engaged);
        if (engaged) {
            log.warn("Kill switch ENGAGED by {}: {}. Every new order is rejected until it is released with POST"
                    + " /api/risk/kill-switch {\"engaged\": false}", source, reason);
        }
        else {
            log.warn("Kill switch released by {}: {}. Orders are checked against the limits again", source, reason);
        }
        return new KillSwitchState(engaged, reason, source, at);
    }

    private static @Nullable String text(@Nullable Object value) {
        return (value == null || value.toString().isEmpty()) ? null : value.toString();
    }
}
