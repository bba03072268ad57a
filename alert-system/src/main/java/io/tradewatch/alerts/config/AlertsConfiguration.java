package io.tradewatch.alerts.config;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.tradewatch.alerts.domain.ChannelTarget;
import io.tradewatch.alerts.domain.FloodGuard;
import io.tradewatch.alerts.domain.delivery.Backoff;
import io.tradewatch.alerts.domain.delivery.TargetPolicy;
import io.tradewatch.alerts.domain.rules.RuleEngine;
import io.tradewatch.alerts.domain.rules.RuleValidator;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The plain-Java domain objects as beans, built from {@link AlertProperties}; the configured channels are
 * checked against the target allow-list here, so a refused default channel stops the start.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class AlertsConfiguration {

    private static final Logger log = LoggerFactory.getLogger(AlertsConfiguration.class);

    @Bean
    Clock alertClock() {
        return Clock.systemUTC();
    }

    @Bean
    TargetPolicy targetPolicy(AlertProperties properties) {
        AlertProperties.Targets targets = properties.targets();
        TargetPolicy policy = new TargetPolicy(targets.allowLoopback(), targets.networks(), targets.allowedHosts());
        List<String> refused = new ArrayList<>();
        List<ChannelTarget> configured = new ArrayList<>(properties.defaultTargets());
        properties.alertmanager().channels().forEach(channel -> configured.add(channel.target()));
        for (ChannelTarget target : configured) {
            if (target.url() != null) {
                Optional<String> problem = policy.checkUrl(target.url());
                problem.ifPresent(reason -> refused.add(target.describe() + ": " + reason));
            }
        }
        if (!refused.isEmpty()) {
            throw new IllegalStateException("Configured alert channels are refused by the target allow-list: " + refused
                    + ". Fix tradewatch.alerts.default-channels / tradewatch.alerts.alertmanager.channels, or allow them"
                    + " with tradewatch.alerts.targets.allowed-networks / allowed-hosts (loopback needs the local profile).");
        }
        if (!properties.webhook().signs()) {
            log.warn("tradewatch.alerts.webhook.secret is not set: webhook deliveries are sent without the {} header;"
                    + " set TRADEWATCH_ALERTS_WEBHOOK_SECRET so receivers can verify them", properties.webhook().signatureHeader());
        }
        return policy;
    }

    @Bean
    RuleValidator ruleValidator(TargetPolicy targetPolicy) {
        return new RuleValidator(targetPolicy);
    }

    @Bean
    RuleEngine ruleEngine(AlertProperties properties) {
        return new RuleEngine(properties.rules().maxSymbols());
    }

    @Bean
    FloodGuard floodGuard(AlertProperties properties) {
        return new FloodGuard(properties.flood().rate(), properties.flood().burst(), System.nanoTime());
    }

    @Bean
    Backoff deliveryBackoff(AlertProperties properties) {
        return new Backoff(properties.delivery().initialBackoff(), properties.delivery().maxBackoff(), 2.0);
    }
}
