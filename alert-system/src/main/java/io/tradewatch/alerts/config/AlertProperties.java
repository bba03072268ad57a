package io.tradewatch.alerts.config;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import io.tradewatch.alerts.domain.ChannelTarget;
import io.tradewatch.alerts.domain.ChannelType;
import io.tradewatch.alerts.domain.Severity;
import io.tradewatch.alerts.domain.delivery.Cidr;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Everything configurable in the alert-system, under {@code tradewatch.alerts}; each nested record checks its
 * values, so bad configuration fails at startup with the property name in the message.
 *
 * @param defaultChannels where alerts that no rule raised go (event sources, and Alertmanager unless it has its
 * own); the log when empty
 * @param sources the event sources' severities, cooldowns and the large-fill notional
 * @param alertmanager the Alertmanager webhook receiver
 * @param delivery timeouts, retries and the bounded per-target queues
 * @param webhook the HMAC secret and its header
 * @param targets the webhook target allow-list
 * @param flood flood control for new alerts, per instance
 * @param dedup how long receipts and firing markers are kept in Redis
 * @param history the capped history stream
 * @param deadLetters the capped dead-letter list
 * @param rules rule storage and evaluation
 * @param ticks the bounded tick queue
 */
@Validated
@ConfigurationProperties("tradewatch.alerts")
public record AlertProperties(@DefaultValue List<ChannelProperties> defaultChannels, @DefaultValue Sources sources,
        @DefaultValue Alertmanager alertmanager, @DefaultValue Delivery delivery, @DefaultValue Webhook webhook,
        @DefaultValue Targets targets, @DefaultValue Flood flood, @DefaultValue Dedup dedup,
        @DefaultValue History history, @DefaultValue DeadLetters deadLetters, @DefaultValue Rules rules,
        @DefaultValue Ticks ticks) {

    public AlertProperties {
        defaultChannels = defaultChannels.isEmpty() ? List.of(new ChannelProperties(ChannelType.LOG, null))
                : List.copyOf(defaultChannels);
    }

    /** The default channels as delivery targets. */
    public List<ChannelTarget> defaultTargets() {
        return defaultChannels.stream().map(ChannelProperties::target).distinct().toList();
    }

    /** One configured channel. */
    public record ChannelProperties(ChannelType type, @Nullable URI url) {

        public ChannelProperties {
            if (type.needsUrl() && url == null) {
                throw new IllegalArgumentException("tradewatch.alerts: a " + type.wireName()
                        + " channel needs a url (tradewatch.alerts.default-channels[n].url or"
                        + " tradewatch.alerts.alertmanager.channels[n].url)");
            }
        }

        public ChannelTarget target() {
            return new ChannelTarget(type, url);
        }
    }

    /**
     * @param riskBreachCooldown quiet time after a breach alert for the same limit and symbol
     * @param orderRejectedSeverity severity of rejected orders (a kill-switch rejection is always critical)
     * @param orderRejectedCooldown quiet time per symbol and first rejection rule
     * @param largeFillNotional fills of at least this notional (USD) raise a large-fill alert
     * @param largeFillSeverity severity of large-fill alerts
     * @param feedCooldown quiet time after a feed alert for the same connection
     */
    public record Sources(@DefaultValue("5m") Duration riskBreachCooldown,
            @DefaultValue("warning") Severity orderRejectedSeverity, @DefaultValue("1m") Duration orderRejectedCooldown,
            @DefaultValue("100000") BigDecimal largeFillNotional, @DefaultValue("info") Severity largeFillSeverity,
            @DefaultValue("1m") Duration feedCooldown) {

        public Sources {
            Checks.notNegative("tradewatch.alerts.sources.risk-breach-cooldown", riskBreachCooldown);
            Checks.notNegative("tradewatch.alerts.sources.order-rejected-cooldown", orderRejectedCooldown);
            Checks.notNegative("tradewatch.alerts.sources.feed-cooldown", feedCooldown);
            if (largeFillNotional.signum() <= 0) {
                throw new IllegalArgumentException(
                        "tradewatch.alerts.sources.large-fill-notional must be above 0 USD, was " + largeFillNotional);
            }
        }
    }

    /**
     * @param channels where Prometheus alerts go; the default channels when empty
     * @param cooldown quiet time per fingerprint after a firing alert (0: Alertmanager's own grouping decides)
     * @param maxAlerts most alerts accepted in one notification
     * @param acceptTimeout the receiver answers 503 when accepting takes longer (Alertmanager then retries)
     * @param defaultSeverity severity of alerts without a {@code severity} label
     * @param severityAliases extra {@code severity} label values and the severity each stands for
     * @param workers threads that accept notifications
     * @param queueCapacity notifications waiting for a worker; beyond it the receiver answers 503
     */
    public record Alertmanager(@DefaultValue List<ChannelProperties> channels, @DefaultValue("0s") Duration cooldown,
            @DefaultValue("1000") int maxAlerts, @DefaultValue("800ms") Duration acceptTimeout,
            @DefaultValue("warning") Severity defaultSeverity, @DefaultValue Map<String, Severity> severityAliases,
            @DefaultValue("2") int workers, @DefaultValue("64") int queueCapacity) {

        public Alertmanager {
            channels = List.copyOf(channels);
            severityAliases = Map.copyOf(severityAliases);
            Checks.notNegative("tradewatch.alerts.alertmanager.cooldown", cooldown);
            Checks.range("tradewatch.alerts.alertmanager.max-alerts", maxAlerts, 1, 10_000);
            Checks.positive("tradewatch.alerts.alertmanager.accept-timeout", acceptTimeout);
            if (acceptTimeout.compareTo(Duration.ofSeconds(1)) >= 0) {
                throw new IllegalArgumentException("tradewatch.alerts.alertmanager.accept-timeout must be below 1s so"
                        + " the receiver always answers within a second, was " + acceptTimeout);
            }
            Checks.range("tradewatch.alerts.alertmanager.workers", workers, 1, 64);
            Checks.range("tradewatch.alerts.alertmanager.queue-capacity", queueCapacity, 1, 10_000);
        }
    }

    /**
     * @param timeout the most one attempt may take, connection and response included
     * @param connectTimeout the most connecting may take
     * @param maxAttempts attempts per delivery before it is dead-lettered
     * @param initialBackoff wait after the first failed attempt; doubled after each further one
     * @param maxBackoff the longest wait between attempts
     * @param queueCapacity deliveries waiting per target; beyond it a delivery is dead-lettered at once
     * @param maxTargets distinct targets with a lane at the same time
     * @param idleLaneTimeout a target's lane (and its thread) is removed after this long without work
     * @param shutdownGrace how long stopping waits for queued deliveries before dead-lettering them
     */
    public record Delivery(@DefaultValue("5s") Duration timeout, @DefaultValue("2s") Duration connectTimeout,
            @DefaultValue("4") int maxAttempts, @DefaultValue("500ms") Duration initialBackoff,
            @DefaultValue("30s") Duration maxBackoff, @DefaultValue("1000") int queueCapacity,
            @DefaultValue("256") int maxTargets, @DefaultValue("5m") Duration idleLaneTimeout,
            @DefaultValue("5s") Duration shutdownGrace) {

        public Delivery {
            Checks.positive("tradewatch.alerts.delivery.timeout", timeout);
            Checks.positive("tradewatch.alerts.delivery.connect-timeout", connectTimeout);
            Checks.range("tradewatch.alerts.delivery.max-attempts", maxAttempts, 1, 20);
            Checks.positive("tradewatch.alerts.delivery.initial-backoff", initialBackoff);
            if (maxBackoff.compareTo(initialBackoff) < 0) {
                throw new IllegalArgumentException("tradewatch.alerts.delivery.max-backoff must not be below"
                        + " initial-backoff, was " + maxBackoff + " < " + initialBackoff);
            }
            Checks.range("tradewatch.alerts.delivery.queue-capacity", queueCapacity, 1, 100_000);
            Checks.range("tradewatch.alerts.delivery.max-targets", maxTargets, 1, 10_000);
            Checks.positive("tradewatch.alerts.delivery.idle-lane-timeout", idleLaneTimeout);
            Checks.notNegative("tradewatch.alerts.delivery.shutdown-grace", shutdownGrace);
        }
    }

    /**
     * @param secret the HMAC-SHA256 key for the signature header; webhooks are sent unsigned (with a warning
     * at startup) when it is empty
     * @param signatureHeader the header carrying {@code sha256=<hex>}
     */
    public record Webhook(@Nullable String secret, @DefaultValue("X-Tradewatch-Signature") String signatureHeader) {

        public Webhook {
            if (secret != null && !secret.isEmpty() && secret.length() < 16) {
                throw new IllegalArgumentException("tradewatch.alerts.webhook.secret must have at least 16 characters");
            }
            if (signatureHeader.isBlank()) {
                throw new IllegalArgumentException("tradewatch.alerts.webhook.signature-header must not be blank");
            }
        }

        public boolean signs() {
            return secret != null && !secret.isEmpty();
        }
    }

    /**
     * @param allowLoopback let webhooks reach 127.0.0.0/8 and ::1 (the {@code local} profile turns it on)
     * @param allowedNetworks networks (CIDR) let through even though private, such as an internal receiver
     * @param allowedHosts when not empty, the only hosts webhooks may reach ({@code *.example.com} for subdomains)
     */
    public record Targets(@DefaultValue("false") boolean allowLoopback, @DefaultValue List<String> allowedNetworks,
            @DefaultValue List<String> allowedHosts) {

        public Targets {
            allowedNetworks = List.copyOf(allowedNetworks);
            allowedHosts = List.copyOf(allowedHosts);
            for (String network : allowedNetworks) {
                try {
                    Cidr.parse(network);
                }
                catch (IllegalArgumentException ex) {
                    throw new IllegalArgumentException("tradewatch.alerts.targets.allowed-networks: " + ex.getMessage(),
                            ex);
                }
            }
        }

        public List<Cidr> networks() {
            return allowedNetworks.stream().map(Cidr::parse).toList();
        }
    }

    /**
     * @param rate new alerts per second let through on average, per instance
     * @param burst new alerts let through at once
     */
    public record Flood(@DefaultValue("50") double rate, @DefaultValue("200") int burst) {

        public Flood {
            if (rate <= 0 || burst < 1) {
                throw new IllegalArgumentException("tradewatch.alerts.flood.rate must be above 0 and"
                        + " tradewatch.alerts.flood.burst at least 1, were " + rate + " and " + burst);
            }
        }
    }

    /**
     * @param receiptTtl how long a received message or notification is remembered, to drop redeliveries
     * @param activeTtl how long a firing alert waits for its resolution; after it a resolution is not sent
     */
    public record Dedup(@DefaultValue("24h") Duration receiptTtl, @DefaultValue("30d") Duration activeTtl) {

        public Dedup {
            Checks.positive("tradewatch.alerts.dedup.receipt-ttl", receiptTtl);
            Checks.positive("tradewatch.alerts.dedup.active-ttl", activeTtl);
        }
    }

    /**
     * @param maxLength entries kept in the history stream (approximately: trimming is done in whole nodes)
     * @param retention how long an alert can be acknowledged
     * @param maxQueryLimit the largest {@code limit} a history query may ask for
     */
    public record History(@DefaultValue("10000") int maxLength, @DefaultValue("7d") Duration retention,
            @DefaultValue("1000") int maxQueryLimit) {

        public History {
            Checks.range("tradewatch.alerts.history.max-length", maxLength, 10, 10_000_000);
            Checks.positive("tradewatch.alerts.history.retention", retention);
            Checks.range("tradewatch.alerts.history.max-query-limit", maxQueryLimit, 1, 10_000);
        }
    }

    /** @param maxSize dead letters kept; the oldest are dropped (and logged) beyond it */
    public record DeadLetters(@DefaultValue("1000") int maxSize) {

        public DeadLetters {
            Checks.range("tradewatch.alerts.dead-letters.max-size", maxSize, 1, 1_000_000);
        }
    }

    /**
     * @param refreshInterval how often every instance reloads the rules from Redis
     * @param clockInterval how often stale feeds and expired observations are checked
     * @param maxRules the most rules that can be stored
     * @param maxSymbols the most symbols whose last tick time is kept for stale-feed rules
     */
    public record Rules(@DefaultValue("5s") Duration refreshInterval, @DefaultValue("1s") Duration clockInterval,
            @DefaultValue("500") int maxRules, @DefaultValue("1000") int maxSymbols) {

        public Rules {
            Checks.positive("tradewatch.alerts.rules.refresh-interval", refreshInterval);
            Checks.positive("tradewatch.alerts.rules.clock-interval", clockInterval);
            Checks.range("tradewatch.alerts.rules.max-rules", maxRules, 1, 100_000);
            Checks.range("tradewatch.alerts.rules.max-symbols", maxSymbols, 1, 1_000_000);
        }
    }

    /**
     * @param maxLength the tick queue's {@code x-max-length}; older ticks are dropped beyond it
     * @param prefetch unacknowledged ticks the consumer holds
     */
    public record Ticks(@DefaultValue("10000") int maxLength, @DefaultValue("250") int prefetch) {

        public Ticks {
            Checks.range("tradewatch.alerts.ticks.max-length", maxLength, 1, 10_000_000);
            Checks.range("tradewatch.alerts.ticks.prefetch", prefetch, 1, 10_000);
        }
    }

    private static final class Checks {

        private Checks() {
        }

        static void positive(String name, Duration value) {
            if (value.isNegative() || value.isZero()) {
                throw new IllegalArgumentException(name + " must be positive, was " + value);
            }
        }

        static void notNegative(String name, Duration value) {
            if (value.isNegative()) {
                throw new IllegalArgumentException(name + " must not be negative, was " + value);
            }
        }

        static void range(String name, int value, int min, int max) {
            if (value < min || value > max) {
                throw new IllegalArgumentException(name + " must be between " + min + " and " + max + ", was " + value);
            }
        }
    }
}
