package io.tradewatch.risk.store;

import java.util.Optional;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import io.tradewatch.risk.config.RiskProperties;
import io.tradewatch.risk.domain.LimitsDocument;
import io.tradewatch.risk.domain.rules.LimitsDraft;
import io.tradewatch.risk.domain.rules.LimitsValidator;
import io.tradewatch.risk.domain.rules.RiskLimits;

import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

/**
 * The limits in Redis ({@code risk:limits}, one JSON document). The configured defaults are written only
 * when no limits are stored ({@code SET NX}), so replicas starting together seed them once and a restart
 * never overwrites limits changed through the API.
 */
@Component
public class LimitsRepository {

    private static final Logger log = LoggerFactory.getLogger(LimitsRepository.class);

    private final StringRedisTemplate redis;

    private final JsonMapper json;

    private final String key;

    private final RiskLimits defaults;

    LimitsRepository(RiskScripts scripts, JsonMapper json, RiskProperties properties) {
        this.redis = scripts.redis();
        this.json = json;
        this.key = scripts.key("limits");
        this.defaults = properties.limits();
    }

    /** The stored limits, if any. */
    public Optional<RiskLimits> find() {
        String stored = redis.opsForValue().get(key);
        if (stored == null) {
            return Optional.empty();
        }
        return Optional.of(parse(stored));
    }

    /** The stored limits, seeding the defaults first when none are stored. */
    public RiskLimits current() {
        return find().orElseGet(() -> {
            seedDefaults();
            return find().orElse(defaults);
        });
    }

    /** Stores the configured defaults unless limits are stored already; true when this call stored them. */
    public boolean seedDefaults() {
        Boolean stored = redis.opsForValue().setIfAbsent(key, json.writeValueAsString(LimitsDocument.of(defaults)));
        boolean seeded = Boolean.TRUE.equals(stored);
        if (seeded) {
            log.info("Seeded the default risk limits into {} (no limits were stored)", key);
        }
        return seeded;
    }

    public void save(RiskLimits limits) {
        String document = json.writeValueAsString(LimitsDocument.of(limits));
        redis.opsForValue().set(key, document);
        log.info("Risk limits replaced in {}; they apply to the next check on every replica: {}", key, document);
    }

    @EventListener(ApplicationStartedEvent.class)
    void seedOnStart() {
        try {
            seedDefaults();
        }
        catch (RuntimeException ex) {
            log.warn("Could not seed the default risk limits into {} at start: {}. They are seeded by the first"
                    + " order check instead; check that Redis is reachable", key, ex.toString());
        }
    }

    private RiskLimits parse(String stored) {
        LimitsDraft draft = json.readValue(stored, LimitsDraft.class);
        return switch (LimitsValidator.validate(draft)) {
            case LimitsValidator.Valid valid -> valid.limits();
            case LimitsValidator.Invalid invalid -> throw new IllegalStateException("The limits stored under " + key
                    + " are invalid (" + invalid.problems()
                        .stream()
                        .map(problem -> problem.field() + " " + problem.message())
                        .collect(Collectors.joining("; "))
                    + "); replace them with PUT /api/risk/limits");
        };
    }
}
