package io.tradewatch.orders.config;

import java.math.BigDecimal;
import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleModule;

import io.tradewatch.orders.domain.PaperExecution;

import org.springframework.boot.amqp.autoconfigure.RabbitTemplateCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wiring shared by the features: the clock, the paper execution rules, decimal JSON and the publishing connection. */
@Configuration(proxyBeanMethods = false)
class OrderExecutorConfiguration {

    private static final Logger log = LoggerFactory.getLogger(OrderExecutorConfiguration.class);

    /** Where every use case reads the time; a test may add a {@code @Primary} fixed clock. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    PaperExecution paperExecution(OrderExecutorProperties properties) {
        return new PaperExecution(properties.slippageBps(), properties.feeBps(), properties.quoteMaxAge());
    }

    /** Amounts are JSON strings holding plain decimals ({@code "64321.50000000"}), as the message contract says. */
    @Bean
    JacksonModule decimalsAsStrings() {
        SimpleModule module = new SimpleModule("tradewatch-decimals");
        module.addSerializer(BigDecimal.class, new ValueSerializer<>() {
            @Override
            public void serialize(BigDecimal value, JsonGenerator generator, SerializationContext context) {
                generator.writeString(value.toPlainString());
            }
        });
        return module;
    }

    /**
     * Publishing on its own connection, so a blocked publisher (broker flow control) never stalls the consumers.
     * Returned messages are handled through their correlation by the event publisher, which logs them.
     */
    @Bean
    RabbitTemplateCustomizer publisherConnection() {
        return template -> {
            template.setUsePublisherConnection(true);
            template.setReturnsCallback(returned -> log.debug("Returned by the broker: {} ({})",
                    returned.getRoutingKey(), returned.getReplyText()));
        };
    }
}
