package io.tradewatch.alerts.delivery;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;

import io.netty.channel.ChannelOption;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;
import tools.jackson.databind.json.JsonMapper;

import io.tradewatch.alerts.config.AlertProperties;
import io.tradewatch.alerts.domain.ChannelType;
import io.tradewatch.alerts.domain.delivery.Backoff;
import io.tradewatch.alerts.domain.delivery.Signer;
import io.tradewatch.alerts.domain.delivery.TargetPolicy;
import io.tradewatch.alerts.store.DeadLetterStore;
import io.tradewatch.metrics.AlertMetrics;
import io.tradewatch.metrics.health.ComponentHealthRegistry;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The delivery client and channels: a Reactor Netty client of its own (not the application's WebClient) with
 * the guarded resolver, no redirects and the configured timeouts, and the runner that retries and dead-letters.
 */
@Configuration(proxyBeanMethods = false)
class DeliveryConfiguration {

    @Bean(destroyMethod = "dispose")
    ConnectionProvider alertDeliveryConnections() {
        return ConnectionProvider.builder("alert-delivery")
            .maxConnections(200)
            .pendingAcquireMaxCount(1000)
            .maxIdleTime(Duration.ofSeconds(30))
            .build();
    }

    @Bean
    HttpClient alertDeliveryHttpClient(ConnectionProvider alertDeliveryConnections, TargetPolicy policy,
            AlertProperties properties) {
        AlertProperties.Delivery delivery = properties.delivery();
        HttpClient client = httpClient(alertDeliveryConnections, policy, delivery.connectTimeout(), delivery.timeout());
        // load the event loops and native transport now, not within the first delivery's timeout
        client.warmup().block(Duration.ofSeconds(30));
        return client;
    }

    /** The delivery client: names resolved and checked by the allow-list, no redirects, bounded waits. */
    static HttpClient httpClient(ConnectionProvider connections, TargetPolicy policy, Duration connectTimeout,
            Duration timeout) {
        return HttpClient.create(connections)
            .resolver(new GuardedResolverGroup(policy))
            .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) connectTimeout.toMillis())
            .responseTimeout(timeout)
            .followRedirect(false)
            .headers(headers -> headers.set("User-Agent", "tradewatch-alert-system"));
    }

    @Bean
    DeliveryRunner deliveryRunner(HttpClient alertDeliveryHttpClient, TargetPolicy policy, JsonMapper json,
            AlertProperties properties, Backoff backoff, DeadLetterStore deadLetters, AlertMetrics metrics,
            ComponentHealthRegistry components, Clock clock) {
        AlertProperties.Webhook webhook = properties.webhook();
        Signer signer = webhook.signs() ? new Signer(webhook.secret()) : null;
        HttpSender http = new HttpSender(alertDeliveryHttpClient, policy, new Payloads(json), signer,
                webhook.signatureHeader(), properties.delivery().timeout());
        Map<ChannelType, ChannelSender> senders = Map.of(ChannelType.WEBHOOK, http, ChannelType.SLACK, http,
                ChannelType.LOG, new LogSender());
        return new DeliveryRunner(senders, backoff, properties.delivery().maxAttempts(), deadLetters, metrics,
                components.component("delivery"), clock);
    }
}
