package io.tradewatch.alerts.delivery;

import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.netty.util.concurrent.Future;
import io.netty.util.concurrent.ImmediateEventExecutor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import reactor.netty.resources.ConnectionProvider;
import tools.jackson.databind.json.JsonMapper;

import io.tradewatch.alerts.domain.AlertView;
import io.tradewatch.alerts.domain.ChannelTarget;
import io.tradewatch.alerts.domain.ChannelType;
import io.tradewatch.alerts.domain.delivery.AttemptResult;
import io.tradewatch.alerts.domain.delivery.Delivery;
import io.tradewatch.alerts.domain.delivery.Signer;
import io.tradewatch.alerts.domain.delivery.TargetNotAllowedException;
import io.tradewatch.alerts.domain.delivery.TargetPolicy;
import io.tradewatch.alerts.support.TestReceiver;

import static org.assertj.core.api.Assertions.assertThat;

/** The delivery client against a real HTTP server on 127.0.0.1, without Spring: the allow-list is enforced before connecting. */
class HttpSenderTests {

    private static final TestReceiver RECEIVER = new TestReceiver();

    private static final ConnectionProvider CONNECTIONS = ConnectionProvider.create("http-sender-tests", 4);

    private static final TargetPolicy LOCAL = new TargetPolicy(true, List.of(), List.of());

    private static final TargetPolicy STRICT = new TargetPolicy(false, List.of(), List.of());

    @AfterAll
    static void stop() {
        RECEIVER.close();
        CONNECTIONS.dispose();
    }

    @Test
    void aHostNameIsResolvedThroughTheGuardedResolverAndDelivered() {
        String url = RECEIVER.url("/by-name").replace("127.0.0.1", "localhost");

        AttemptResult result = sender(LOCAL).send(delivery(url), 1);

        assertThat(result).isInstanceOf(AttemptResult.Delivered.class);
        assertThat(RECEIVER.requests("/by-name", "")).hasSize(1);
    }

    @Test
    void aRefusedTargetIsNeverConnectedTo() {
        AttemptResult literal = sender(STRICT).send(delivery(RECEIVER.url("/refused-literal")), 1);
        AttemptResult name = sender(STRICT).send(delivery(RECEIVER.url("/refused-name").replace("127.0.0.1", "localhost")), 1);

        assertThat(literal).isInstanceOf(AttemptResult.Permanent.class);
        assertThat(literal.detail()).contains("allow-list").contains("loopback");
        assertThat(name).isInstanceOf(AttemptResult.Permanent.class);
        assertThat(RECEIVER.requests("/refused", "")).isEmpty();
    }

    @Test
    void theResolverFailsANameWhoseAddressesAreRefused() {
        GuardedResolverGroup strict = new GuardedResolverGroup(STRICT);

        Future<InetSocketAddress> resolved = strict.getResolver(ImmediateEventExecutor.INSTANCE)
            .resolve(InetSocketAddress.createUnresolved("localhost", 80));

        assertThat(resolved.awaitUninterruptibly().cause()).isInstanceOf(TargetNotAllowedException.class);
        assertThat(new GuardedResolverGroup(LOCAL).getResolver(ImmediateEventExecutor.INSTANCE)
            .resolve(InetSocketAddress.createUnresolved("localhost", 80)).awaitUninterruptibly().isSuccess()).isTrue();
    }

    private static HttpSender sender(TargetPolicy policy) {
        // generous: this test is about where connections go, not how fast
        Duration timeout = Duration.ofSeconds(20);
        return new HttpSender(DeliveryConfiguration.httpClient(CONNECTIONS, policy, Duration.ofSeconds(1), timeout), policy,
                new Payloads(JsonMapper.builder().build()), new Signer("sender-test-secret-0123"), "X-Tradewatch-Signature",
                timeout);
    }

    private static Delivery delivery(String url) {
        AlertView alert = new AlertView("a1", "f1", "firing", "warning", "risk_breach", "test", "title", "message",
                Map.of(), Instant.now(), null, Instant.now(), null, null, List.of());
        return new Delivery("d1", alert, new ChannelTarget(ChannelType.WEBHOOK, URI.create(url)), Instant.now());
    }
}
