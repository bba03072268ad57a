package io.tradewatch.metrics.amqp;

import org.jspecify.annotations.Nullable;

import io.tradewatch.metrics.MessagingMetrics;
import io.tradewatch.metrics.catalog.TagValues.PipelineStage;
import io.tradewatch.platform.messaging.TradewatchHeaders;

import org.springframework.amqp.core.Correlation;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessagePostProcessor;
import org.springframework.amqp.core.MessageProperties;

/**
 * Runs before every {@code RabbitTemplate} publish: stamps {@link TradewatchHeaders#PUBLISHED_AT}, carries
 * the pipeline origin, counts the message and, for the pipeline's routing keys, records the time since
 * the originating tick.
 */
public final class PublishInstrumentation implements MessagePostProcessor {

    private final MessagingMetrics metrics;

    public PublishInstrumentation(MessagingMetrics metrics) {
        this.metrics = metrics;
    }

    @Override
    public Message postProcessMessage(Message message) {
        return postProcessMessage(message, null, "", "");
    }

    @Override
    public Message postProcessMessage(Message message, @Nullable Correlation correlation, String exchange,
            String routingKey) {
        MessageProperties properties = message.getMessageProperties();
        long now = System.currentTimeMillis();
        properties.setHeader(TradewatchHeaders.PUBLISHED_AT, now);
        long origin = TradewatchHeaders.millis(properties.getHeaders(), TradewatchHeaders.ORIGIN_AT);
        if (origin < 0) {
            origin = PipelineOrigin.current();
            if (origin >= 0) {
                properties.setHeader(TradewatchHeaders.ORIGIN_AT, origin);
            }
        }
        metrics.published(exchange.isEmpty() ? "default" : exchange, EventNames.of(routingKey));
        PipelineStage stage = stage(routingKey);
        if (stage != null && origin >= 0) {
            metrics.pipelineLatency(stage, now - origin);
        }
        return message;
    }

    static @Nullable PipelineStage stage(String routingKey) {
        if (routingKey.startsWith("signal.")) {
            return PipelineStage.SIGNAL;
        }
        return switch (routingKey) {
            case "order.requested" -> PipelineStage.ORDER;
            case "order.approved", "order.rejected" -> PipelineStage.DECISION;
            case "order.filled" -> PipelineStage.FILL;
            default -> null;
        };
    }
}
