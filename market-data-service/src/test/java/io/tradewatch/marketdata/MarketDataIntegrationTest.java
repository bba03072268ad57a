package io.tradewatch.marketdata;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.tradewatch.marketdata.domain.tick.Tick;
import io.tradewatch.marketdata.domain.tick.TickSource;
import io.tradewatch.marketdata.service.TickIngest;
import io.tradewatch.marketdata.support.Scrape;
import io.tradewatch.platform.instrument.InstrumentCatalog;
import io.tradewatch.testsupport.RealBrokersConfiguration;
import io.tradewatch.testsupport.TestInstruments;
import io.tradewatch.testsupport.contract.EventContract;

import org.springframework.amqp.core.AmqpAdmin;
import org.springframework.amqp.core.BindingBuilder;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.core.QueueBuilder;
import org.springframework.amqp.core.TopicExchange;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.data.redis.core.StringRedisTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one application context the integration tests share, on real RabbitMQ and Redis (a private virtual
 * host and database). The simulated feed runs on three symbols with injected gaps and invalid ticks;
 * further symbols are configured for the tests to send ticks of their own through the real ingest, the
 * way a feed does: each test uses its own symbol, since sequence numbers are tracked per symbol.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = { "management.server.port=0", "tradewatch.metrics.instance=it",
                "tradewatch.market-data.feed.simulated.symbols=BTCUSDT,ETHUSDT,SOLUSDT",
                "tradewatch.market-data.feed.simulated.ticks-per-second=60",
                "tradewatch.market-data.feed.simulated.seed=42",
                "tradewatch.market-data.feed.simulated.gap-probability=0.05",
                "tradewatch.market-data.feed.simulated.malformed-probability=0.02" })
@Import({ RealBrokersConfiguration.class, MarketDataIntegrationTest.Instruments.class })
abstract class MarketDataIntegrationTest {

    /** 2026-01-01T00:00:00Z, the start of a minute. */
    static final long MINUTE_ZERO = 1_767_225_600_000L;

    /** Every message the service publishes to a test queue is checked against the contract on arrival. */
    static final EventContract CONTRACT = EventContract.load();

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @LocalServerPort
    int port;

    @LocalManagementPort
    int managementPort;

    @Autowired
    TickIngest ingest;

    @Autowired
    AmqpAdmin admin;

    @Autowired
    RabbitTemplate rabbit;

    @Autowired
    StringRedisTemplate redis;

    @Autowired
    JsonMapper json;

    @Autowired
    ConfigurableApplicationContext context;

    /** Sends a tick through the ingest, as a feed would. */
    void send(String symbol, long seq, long tradeTime, String price, String size, String bid, String ask) {
        ingest.accept(new Tick(symbol, new BigDecimal(price), new BigDecimal(size), new BigDecimal(bid),
                new BigDecimal(ask), seq, tradeTime, TickSource.REPLAY, System.currentTimeMillis()));
    }

    /** A new queue bound to {@code trading.events} with {@code bindingKey}; it expires a minute after last use. */
    String bindQueue(String bindingKey) {
        String name = "it." + bindingKey.replace('#', 'x') + "." + UUID.randomUUID();
        Queue queue = QueueBuilder.nonDurable(name).expires(60_000).build();
        admin.declareQueue(queue);
        admin.declareBinding(BindingBuilder.bind(queue).to(new TopicExchange("trading.events")).with(bindingKey));
        return name;
    }

    List<Message> receive(String queue, int count) {
        List<Message> messages = new ArrayList<>();
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (messages.size() < count && System.nanoTime() < deadline) {
            Message message = rabbit.receive(queue, 1_000);
            if (message != null) {
                MessageProperties properties = message.getMessageProperties();
                CONTRACT.assertPublished(properties.getReceivedRoutingKey(),
                        new String(message.getBody(), StandardCharsets.UTF_8), properties.getHeaders());
                messages.add(message);
            }
        }
        assertThat(messages).as("messages received from " + queue).hasSize(count);
        return messages;
    }

    JsonNode body(Message message) {
        return json.readTree(message.getBody());
    }

    Scrape scrape() {
        return new Scrape(get(managementPort, "/actuator/prometheus").body());
    }

    static HttpResponse<String> get(int port, String path) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
            .timeout(Duration.ofSeconds(30))
            .GET()
            .build();
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        }
        catch (IOException ex) {
            throw new IllegalStateException("GET " + path + " on port " + port + " failed", ex);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }

    /** The instrument catalog of the tests: the simulated symbols and one symbol per test. */
    @TestConfiguration(proxyBeanMethods = false)
    static class Instruments {

        @Bean
        InstrumentCatalog testInstruments() {
            return TestInstruments.catalog("BTCUSDT", "ETHUSDT", "SOLUSDT", "PUBTESTUSDT", "QUOTETESTUSDT",
                    "CANDLETESTUSDT", "GAPTESTUSDT", "APITESTUSDT", "NOQUOTEUSDT");
        }
    }
}
