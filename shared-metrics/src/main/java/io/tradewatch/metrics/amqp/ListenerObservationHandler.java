package io.tradewatch.metrics.amqp;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;

import io.tradewatch.metrics.MessagingMetrics;
import io.tradewatch.metrics.catalog.TagValues.Outcome;
import io.tradewatch.platform.messaging.TradewatchHeaders;

import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.rabbit.support.micrometer.RabbitMessageReceiverContext;

/**
 * Sees every listener call through Spring AMQP's observation: records the message's age, makes its
 * pipeline origin current for anything the listener publishes, and counts it with its outcome and
 * processing time when the listener returns or throws.
 */
public final class ListenerObservationHandler implements ObservationHandler<RabbitMessageReceiverContext> {

    private static final String STARTED = ListenerObservationHandler.class.getName() + ".started";

    private final MessagingMetrics metrics;

    public ListenerObservationHandler(MessagingMetrics metrics) {
        this.metrics = metrics;
    }

    @Override
    public boolean supportsContext(Observation.Context context) {
        return context instanceof RabbitMessageReceiverContext;
    }

    @Override
    public void onStart(RabbitMessageReceiverContext context) {
        context.put(STARTED, System.nanoTime());
        MessageProperties properties = context.getCarrier().getMessageProperties();
        long published = TradewatchHeaders.millis(properties.getHeaders(), TradewatchHeaders.PUBLISHED_AT);
        if (published >= 0) {
            metrics.messageAge(queue(context), System.currentTimeMillis() - published);
        }
        PipelineOrigin.set(TradewatchHeaders.millis(properties.getHeaders(), TradewatchHeaders.ORIGIN_AT));
    }

    @Override
    public void onStop(RabbitMessageReceiverContext context) {
        Long started = context.get(STARTED);
        long nanos = (started != null) ? System.nanoTime() - started : 0;
        Outcome outcome = (context.getError() != null) ? Outcome.ERROR : Outcome.SUCCESS;
        Message message = context.getCarrier();
        metrics.consumed(queue(context), EventNames.of(routingKey(message)), outcome, nanos);
        PipelineOrigin.clear();
    }

    private static String queue(RabbitMessageReceiverContext context) {
        String queue = context.getCarrier().getMessageProperties().getConsumerQueue();
        return (queue != null) ? queue : context.getSource();
    }

    private static String routingKey(Message message) {
        String key = message.getMessageProperties().getReceivedRoutingKey();
        return (key != null) ? key : "";
    }
}
