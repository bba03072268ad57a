package io.tradewatch.marketdata.messaging;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import tools.jackson.databind.json.JsonMapper;

import io.tradewatch.marketdata.domain.tick.Tick;
import io.tradewatch.platform.messaging.Exchanges;
import io.tradewatch.platform.messaging.TradewatchHeaders;
import io.tradewatch.testsupport.LocalServers;

import org.springframework.amqp.core.Message;
import org.springframework.amqp.rabbit.support.DefaultMessagePropertiesConverter;

/**
 * The raw alternative: the RabbitMQ Java client alone, on one channel with confirms, publishing the same
 * messages as the pipeline (bodies and properties built beforehand, only {@code tw-published-at} stamped at
 * send time) in batches of the same size, each followed by {@code waitForConfirmsOrDie}.
 */
final class RawClientRun {

    private final ConnectionFactory factory = new ConnectionFactory();

    private final List<RawMessage> messages = new ArrayList<>();

    private final int batch;

    RawClientRun(LocalServers servers, String virtualHost, List<Tick> ticks, int batch) {
        factory.setHost(servers.rabbitHost());
        factory.setPort(servers.rabbitPort());
        factory.setUsername(servers.rabbitUser());
        factory.setPassword(servers.rabbitPassword());
        factory.setVirtualHost(virtualHost);
        this.batch = batch;
        TickMessages builder = new TickMessages(JsonMapper.builder().build());
        DefaultMessagePropertiesConverter converter = new DefaultMessagePropertiesConverter();
        for (Tick tick : ticks) {
            Message message = builder.tick(tick);
            messages.add(new RawMessage(Events.TICK_PREFIX + tick.symbol(), message.getBody(),
                    converter.fromMessageProperties(message.getMessageProperties(), "UTF-8")));
        }
    }

    BenchMeasure run(Duration warmUp, Duration window) throws Exception {
        AtomicLong published = new AtomicLong();
        AtomicBoolean publishing = new AtomicBoolean(true);
        try (Connection connection = factory.newConnection(); Channel channel = connection.createChannel()) {
            channel.confirmSelect();
            Thread publisher = Thread.ofPlatform().name("bench-raw").start(() -> publish(channel, published, publishing));
            try {
                return BenchMeasure.of(warmUp, window, published::get);
            }
            finally {
                publishing.set(false);
                publisher.join();
            }
        }
    }

    private void publish(Channel channel, AtomicLong published, AtomicBoolean publishing) {
        int next = 0;
        try {
            while (publishing.get()) {
                for (int i = 0; i < batch; i++) {
                    RawMessage message = messages.get(next);
                    next = (next + 1) % messages.size();
                    channel.basicPublish(Exchanges.EVENTS, message.routingKey(), false, message.stamped(), message.body());
                }
                channel.waitForConfirmsOrDie(5_000);
                published.addAndGet(batch);
            }
        }
        catch (IOException | InterruptedException | TimeoutException ex) {
            throw new IllegalStateException("raw publishing failed", ex);
        }
    }

    private record RawMessage(String routingKey, byte[] body, AMQP.BasicProperties properties) {

        AMQP.BasicProperties stamped() {
            Map<String, Object> headers = new HashMap<>(properties.getHeaders());
            headers.put(TradewatchHeaders.PUBLISHED_AT, System.currentTimeMillis());
            return properties.builder().headers(headers).build();
        }
    }
}
