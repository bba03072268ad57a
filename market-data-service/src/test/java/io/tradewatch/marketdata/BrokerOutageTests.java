package io.tradewatch.marketdata;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

import io.tradewatch.marketdata.support.Scrape;
import io.tradewatch.marketdata.support.TcpProxy;
import io.tradewatch.testsupport.IsolatedNettyResources;
import io.tradewatch.testsupport.TestInstruments;
import io.tradewatch.testsupport.SecondInstance;

import org.springframework.amqp.core.Message;
import org.springframework.boot.amqp.autoconfigure.RabbitConnectionDetails;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.data.redis.autoconfigure.DataRedisConnectionDetails;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * RabbitMQ or Redis going away and coming back, for a second instance of the service that reaches the
 * shared servers through local TCP proxies: stopping a proxy resets its connections and closes its port,
 * as a dead server would look, without touching the servers other engineers use.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrokerOutageTests extends MarketDataIntegrationTest {

    private static final Duration SLOW = Duration.ofSeconds(60);

    private static final Map<String, String> TICK_EVENTS = Map.of("exchange", "trading.events", "event", "tick");

    private static final Map<String, String> CHANNEL_FULL = Map.of("reason", "channel_full");

    private TcpProxy rabbitProxy;

    private TcpProxy redisProxy;

    private ConfigurableApplicationContext second;

    private int management;

    private String queue;

    @BeforeAll
    void startSecondInstance() throws IOException {
        // Spring AMQP reports a failed reconnect on its own executor as an uncaught exception: that is the
        // outage under test, not a failure of the test.
        Awaitility.doNotCatchUncaughtExceptionsByDefault();
        RabbitConnectionDetails.Address broker = context.getBean(RabbitConnectionDetails.class).getFirstAddress();
        DataRedisConnectionDetails.Standalone redisServer = context.getBean(DataRedisConnectionDetails.class).getStandalone();
        rabbitProxy = new TcpProxy(broker.host(), broker.port()).start();
        redisProxy = new TcpProxy(redisServer.getHost(), redisServer.getPort()).start();
        second = startSecondInstance(rabbitProxy.port(), redisProxy.port());
        management = second.getEnvironment().getRequiredProperty("local.management.port", Integer.class);
        queue = bindQueue("tick.RECOVERYUSDT");
        await().atMost(SLOW).until(() -> readiness().statusCode() == 200);
    }

    @AfterAll
    void stopSecondInstance() throws IOException {
        try {
            rabbitProxy.start();
            redisProxy.start();
            if (second != null) {
                second.close();
            }
        }
        finally {
            rabbitProxy.close();
            redisProxy.close();
            Awaitility.reset();
        }
    }

    @Test
    void whileRabbitMqIsUnreachableReadinessIsDownAndUnsentTicksAreCountedThenPublishingRecovers() throws IOException {
        receive(queue, 5);
        double droppedBefore = scrape().value("trading_ticks_dropped_total", CHANNEL_FULL);

        rabbitProxy.stop();
        await().atMost(SLOW).untilAsserted(() -> {
            HttpResponse<String> readiness = readiness();
            assertThat(readiness.statusCode()).isEqualTo(503);
            assertThat(status(readiness, "/components/rabbit/status")).isEqualTo("DOWN");
            assertThat(status(readiness, "/components/redis/status")).isEqualTo("UP");
        });
        await().atMost(SLOW).untilAsserted(() -> {
            Scrape scrape = scrape();
            assertThat(scrape.value("trading_batches_failed_total")).isPositive();
            assertThat(scrape.value("trading_batch_retries_total")).isPositive();
            assertThat(scrape.value("trading_messages_publish_failures_total", TICK_EVENTS)).isPositive();
            assertThat(scrape.value("trading_ticks_dropped_total", CHANNEL_FULL)).isGreaterThan(droppedBefore);
            assertThat(component("publisher")).isEqualTo("DOWN");
        });
        long quoteSeqDuringOutage = quoteSeq();
        await().atMost(SLOW).until(() -> quoteSeq() > quoteSeqDuringOutage);
        double flushedBeforeRecovery = scrape().value("trading_batches_flushed_total");

        rabbitProxy.start();
        await().atMost(SLOW).until(() -> readiness().statusCode() == 200);
        admin.purgeQueue(queue, false);
        List<Message> afterRecovery = receive(queue, 5);
        assertThat(body(afterRecovery.getLast()).get("seq").longValue()).isGreaterThan(quoteSeqDuringOutage);
        await().atMost(SLOW).untilAsserted(() -> {
            assertThat(scrape().value("trading_batches_flushed_total")).isGreaterThan(flushedBeforeRecovery);
            assertThat(component("publisher")).isEqualTo("UP");
        });
    }

    @Test
    void whileRedisIsUnreachableReadinessIsDownTicksAreStillPublishedAndTheCacheCatchesUpAfter() throws IOException {
        double failuresBefore = scrape().value("trading_cache_update_failures_total", Map.of("cache", "quotes"));

        redisProxy.stop();
        await().atMost(SLOW).untilAsserted(() -> {
            HttpResponse<String> readiness = readiness();
            assertThat(readiness.statusCode()).isEqualTo(503);
            assertThat(status(readiness, "/components/redis/status")).isEqualTo("DOWN");
            assertThat(status(readiness, "/components/rabbit/status")).isEqualTo("UP");
            assertThat(scrape().value("trading_cache_update_failures_total", Map.of("cache", "quotes")))
                .isGreaterThan(failuresBefore);
            assertThat(component("cache")).isEqualTo("DOWN");
        });
        long quoteSeqDuringOutage = quoteSeq();
        admin.purgeQueue(queue, false);
        List<Message> published = receive(queue, 5);
        assertThat(body(published.getLast()).get("seq").longValue()).isGreaterThan(quoteSeqDuringOutage);

        redisProxy.start();
        await().atMost(SLOW).until(() -> readiness().statusCode() == 200);
        await().atMost(SLOW).until(() -> quoteSeq() > body(published.getLast()).get("seq").longValue());
        await().atMost(SLOW).until(() -> "UP".equals(component("cache")));
    }

    /**
     * A second instance on its own symbol, reaching RabbitMQ and Redis through the proxies. A given-up batch
     * takes 600 ms of retries, in which 120 ticks arrive for a channel of 20: the channel overflows during a
     * broker outage.
     */
    private ConfigurableApplicationContext startSecondInstance(int rabbitPort, int redisPort) {
        List<String> args = new ArrayList<>(Arrays.stream(SecondInstance.brokerArguments(context))
            .filter(arg -> !arg.matches("--spring\\.(rabbitmq|data\\.redis)\\.(host|port)=.*"))
            .toList());
        args.addAll(List.of("--spring.rabbitmq.host=127.0.0.1", "--spring.rabbitmq.port=" + rabbitPort,
                "--spring.data.redis.host=127.0.0.1", "--spring.data.redis.port=" + redisPort,
                "--spring.rabbitmq.connection-timeout=1s", "--server.port=0", "--management.server.port=0",
                "--tradewatch.metrics.instance=outage",
                "--tradewatch.market-data.feed.simulated.ticks-per-second=200",
                "--tradewatch.market-data.pipeline.channel-capacity=20",
                "--tradewatch.market-data.pipeline.max-attempts=3",
                "--tradewatch.market-data.pipeline.initial-backoff=200ms",
                "--tradewatch.market-data.pipeline.max-backoff=400ms",
                "--tradewatch.market-data.pipeline.confirm-timeout=2s",
                "--tradewatch.market-data.cache.retry-interval=200ms"));
        args.addAll(TestInstruments.arguments("RECOVERYUSDT"));
        return new SpringApplicationBuilder(MarketDataApplication.class, IsolatedNettyResources.class)
            .run(args.toArray(String[]::new));
    }

    private long quoteSeq() {
        Object seq = redis.opsForHash().get("md:quote:RECOVERYUSDT", "seq");
        return (seq != null) ? Long.parseLong(seq.toString()) : 0;
    }

    private HttpResponse<String> readiness() {
        return get(management, "/actuator/health/readiness");
    }

    @Override
    Scrape scrape() {
        return new Scrape(get(management, "/actuator/prometheus").body());
    }

    private String status(HttpResponse<String> response, String pointer) {
        return json.readTree(response.body()).at(pointer).stringValue();
    }

    private String component(String name) {
        JsonNode health = json.readTree(get(management, "/actuator/health").body());
        return health.at("/components/tradingComponents/details/" + name + "/status").stringValue();
    }
}
