package io.tradewatch.risk.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.tradewatch.platform.instrument.Instrument;
import io.tradewatch.platform.instrument.InstrumentCatalog;
import io.tradewatch.risk.domain.Decision;
import io.tradewatch.risk.domain.rules.OrderCheck;
import io.tradewatch.risk.domain.rules.Rule;
import io.tradewatch.risk.domain.rules.Units;
import io.tradewatch.risk.domain.rules.Violation;
import io.tradewatch.risk.messaging.ValidOrder;
import io.tradewatch.risk.store.CheckAndReserveArguments;
import io.tradewatch.risk.store.LimitsRepository;
import io.tradewatch.risk.store.RiskScripts;
import io.tradewatch.risk.store.ScriptArguments;

import org.springframework.stereotype.Component;

/**
 * Runs {@code check-and-reserve.lua}: decides an order against the limits and state in Redis and, when it
 * is approved, reserves its room, in one atomic step. A redelivered order gets the decision stored the
 * first time and reserves nothing more.
 */
@Component
class DecisionScript {

    private final RiskScripts scripts;

    private final JsonMapper json;

    private final LimitsRepository limits;

    private final ScriptArguments arguments;

    private final InstrumentCatalog catalog;

    DecisionScript(RiskScripts scripts, JsonMapper json, LimitsRepository limits, ScriptArguments arguments,
            InstrumentCatalog catalog) {
        this.catalog = catalog;
        this.scripts = scripts;
        this.json = json;
        this.limits = limits;
        this.arguments = arguments;
    }

    Decision decide(ValidOrder order) {
        Result result = run(order);
        if ("NO_LIMITS".equals(result.status())) {
            limits.seedDefaults();
            result = run(order);
        }
        StoredDecision stored = result.decision();
        if (stored == null) {
            throw new IllegalStateException("No risk limits are stored under " + scripts.key("limits")
                    + " even after seeding the defaults; check Redis. The order is retried, then dead-lettered");
        }
        return new Decision(stored.id(), stored.at(), stored.approved(), violations(stored.reasons(), order),
                "DUPLICATE".equals(result.status()), Boolean.TRUE.equals(result.engaged()));
    }

    private Result run(ValidOrder order) {
        OrderCheck check = order.check();
        Instant now = arguments.now();
        String answer = scripts.run(new CheckAndReserveArguments(order.eventId(), order.orderId(),
                check.symbol(), check.side().name(), Long.toString(Units.toUnits(check.quantity(), Units.QUANTITY)),
                Long.toString(Units.toUnits(check.notional(), Units.USD)), UUID.randomUUID().toString(),
                now.toString(), ScriptArguments.day(now), arguments.startingEquity(), arguments.ttlSeconds(),
                arguments.engageOnCritical(), catalogTradable(check.symbol()) ? "1" : "0"));
        return json.readValue(answer, Result.class);
    }

    private boolean catalogTradable(String symbol) {
        return catalog.find(symbol).map(Instrument::tradable).orElse(false);
    }

    private List<Violation> violations(JsonNode reasons, ValidOrder order) {
        List<Violation> violations = new ArrayList<>();
        if (reasons.isArray()) {
            for (JsonNode reason : reasons) {
                if (Rule.SYMBOL_TRADABLE.wireName().equals(reason.get(0).asString())
                        && !catalogTradable(order.check().symbol())) {
                    violations.add(Violation.notTradableInCatalog(order.check().symbol()));
                    continue;
                }
                violations.add(Violation.of(Rule.fromWireName(reason.get(0).asString()),
                        Long.parseLong(reason.get(1).asString()), Long.parseLong(reason.get(2).asString()),
                        order.check().symbol()));
            }
        }
        return violations;
    }

    /** What the script answers; {@code engaged} only with a fresh decision. */
    record Result(String status, @Nullable Boolean engaged, @Nullable StoredDecision decision) {
    }

    /** A decision as the script stores it; {@code reasons} is a list of [rule, value, threshold] in units. */
    record StoredDecision(String id, String at, boolean approved, JsonNode reasons) {
    }
}
