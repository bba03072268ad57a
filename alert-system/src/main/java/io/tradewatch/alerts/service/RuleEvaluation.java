package io.tradewatch.alerts.service;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.tradewatch.alerts.config.AlertProperties;
import io.tradewatch.alerts.domain.AlertCandidate;
import io.tradewatch.alerts.domain.AlertStatus;
import io.tradewatch.alerts.domain.Fingerprints;
import io.tradewatch.alerts.domain.rules.AlertRule;
import io.tradewatch.alerts.domain.rules.RuleEngine;
import io.tradewatch.alerts.domain.rules.RuleResource;
import io.tradewatch.alerts.domain.rules.RuleTransition;
import io.tradewatch.alerts.domain.rules.RuleValidation;
import io.tradewatch.alerts.domain.rules.RuleValidator;
import io.tradewatch.alerts.store.RuleStore;

import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/**
 * Feeds the rule engine and raises what it decides. Rules are reloaded from Redis on a schedule (and at once
 * on this instance after a change through the API); observations come from the tick and risk listeners and
 * the clock. A transition that cannot be raised (Redis down) is undone in the engine, so the next observation
 * raises it again.
 */
@Component
public class RuleEvaluation implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(RuleEvaluation.class);

    private final RuleStore store;

    private final RuleValidator validator;

    private final RuleEngine engine;

    private final AlertPipeline pipeline;

    private final Clock clock;

    private final AlertProperties.Rules properties;

    RuleEvaluation(RuleStore store, RuleValidator validator, RuleEngine engine, AlertPipeline pipeline, Clock clock,
            AlertProperties properties) {
        this.store = store;
        this.validator = validator;
        this.engine = engine;
        this.pipeline = pipeline;
        this.clock = clock;
        this.properties = properties.rules();
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addFixedDelayTask(this::refreshQuietly, properties.refreshInterval());
        registrar.addFixedDelayTask(this::clockQuietly, properties.clockInterval());
    }

    /** Reloads the rules from Redis into the engine. */
    public void refresh() {
        raise(reload());
    }

    /**
     * Reads and applies the rules under one lock, so a reload that read Redis earlier can never replace the rules
     * of a later one (which would drop a rule just created, and resolve and fire its alerts again).
     */
    private synchronized List<RuleTransition> reload() {
        Map<String, AlertRule> rules = new LinkedHashMap<>();
        for (RuleResource stored : store.all()) {
            switch (validator.validate(stored.id(), stored.draft())) {
                case RuleValidation.Valid valid -> rules.put(stored.id(), valid.rule());
                case RuleValidation.Invalid invalid -> log.warn("Rule {} ('{}') stored in Redis is no longer valid and is"
                        + " not evaluated: {}. Fix it with PUT /api/alerts/rules/{}", stored.id(), stored.name(),
                        invalid.problems(), stored.id());
            }
        }
        return engine.replaceRules(rules.values(), clock.instant());
    }

    public void onPrice(String symbol, BigDecimal price, Instant tradeTime) {
        raise(engine.onPrice(symbol, price, tradeTime, clock.instant()));
    }

    public void onDrawdown(BigDecimal ratio, Instant at) {
        raise(engine.onDrawdown(ratio, at));
    }

    public void onPnl(BigDecimal pnl, Instant at) {
        raise(engine.onPnl(pnl, at));
    }

    private void refreshQuietly() {
        try {
            refresh();
        }
        catch (RuntimeException ex) {
            log.warn("Could not reload alert rules from Redis ({}); evaluating the rules loaded before, retrying in {}",
                    ex.toString(), properties.refreshInterval());
        }
    }

    private void clockQuietly() {
        raise(engine.onClock(clock.instant()));
    }

    private void raise(List<RuleTransition> transitions) {
        List<RuleTransition> failed = new ArrayList<>();
        for (RuleTransition transition : transitions) {
            try {
                pipeline.raise(candidate(transition));
            }
            catch (RuntimeException ex) {
                engine.revert(transition);
                failed.add(transition);
                log.warn("Could not raise {} alert of rule {} for {} ({}); it is raised again on the next observation",
                        transition.status().wireName(), transition.rule().id(), transition.subject(), ex.toString());
            }
        }
        if (!failed.isEmpty()) {
            log.debug("{} rule transition(s) reverted", failed.size());
        }
    }

    static AlertCandidate candidate(RuleTransition transition) {
        AlertRule rule = transition.rule();
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("rule", rule.id());
        labels.put("ruleType", rule.type().wireName());
        labels.put("subject", transition.subject());
        if (transition.value() != null) {
            labels.put("value", transition.value().toPlainString());
        }
        if (rule.threshold() != null) {
            labels.put("threshold", rule.threshold().toPlainString());
        }
        boolean resolved = transition.status() == AlertStatus.RESOLVED;
        return new AlertCandidate(Fingerprints.of("rule", rule.id(), transition.subject()), rule.type().kind(),
                rule.severity(), transition.status(), "rule", rule.name() + " (" + transition.subject() + ")",
                transition.detail(), labels, transition.at(), resolved ? transition.at() : null, rule.id(),
                rule.channels(), rule.cooldown(), null);
    }
}
