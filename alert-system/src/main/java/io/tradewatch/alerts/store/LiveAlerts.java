package io.tradewatch.alerts.store;

import io.tradewatch.alerts.domain.LiveEvent;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.Disposable;
import reactor.core.publisher.BufferOverflowStrategy;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;
import reactor.util.retry.Retry;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.redis.connection.ReactiveRedisConnectionFactory;
import org.springframework.data.redis.listener.ChannelTopic;
import org.springframework.data.redis.listener.ReactiveRedisMessageListenerContainer;
import org.springframework.stereotype.Component;

/**
 * This instance's subscription to {@code alerts:live}, fanned out to its SSE clients. A slow client loses
 * events (it can reconnect with {@code Last-Event-ID} to catch up from the history); a lost or impossible
 * subscription (Redis down, also at startup) is re-established with backoff.
 * <p>
 * The subscription follows the context's lifecycle: the Lettuce connection factory closes its connections
 * when the context stops (and opens new ones when it starts again), so the subscription is dropped on stop
 * and made anew on start, after the factory's. Connected SSE clients stay connected across a stop and a
 * start; only closing the context ends their streams.
 */
@Component
public class LiveAlerts implements SmartLifecycle, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(LiveAlerts.class);

    private final ReactiveRedisConnectionFactory connections;

    private final JsonMapper json;

    private final Sinks.Many<LiveEvent> sink = Sinks.many().multicast().directBestEffort();

    private final Object monitor = new Object();

    private Disposable subscription = () -> { };

    private boolean running;

    LiveAlerts(ReactiveRedisConnectionFactory connections, JsonMapper json) {
        this.connections = connections;
        this.json = json;
    }

    @Override
    public void start() {
        CountDownLatch subscribed = new CountDownLatch(1);
        synchronized (monitor) {
            if (running) {
                return;
            }
            subscription = subscribe(subscribed);
            running = true;
        }
        try {
            if (!subscribed.await(5, TimeUnit.SECONDS)) {
                log.warn("Live alert subscription to Redis channel {} not confirmed within 5 s; SSE clients may miss"
                        + " events until it is", HistoryStore.LIVE_CHANNEL);
            }
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
    }

    private Disposable subscribe(CountDownLatch subscribed) {
        ChannelTopic topic = ChannelTopic.of(HistoryStore.LIVE_CHANNEL);
        // the container connects when it is created: create it inside the retried flux, so the service starts
        // (and later subscribes) while Redis is unreachable
        return Flux.using(() -> new ReactiveRedisMessageListenerContainer(connections),
                container -> container.receiveLater(topic).flatMapMany(messages -> {
                    subscribed.countDown();
                    return messages;
                }), container -> container.destroyLater().subscribe())
            .retryWhen(Retry.backoff(Long.MAX_VALUE, Duration.ofSeconds(1))
                .maxBackoff(Duration.ofSeconds(30))
                .doBeforeRetry(signal -> log.warn("Live alert subscription to Redis channel {} lost ({}); SSE clients get"
                        + " no new events until it is back, retrying", HistoryStore.LIVE_CHANNEL,
                        signal.failure().toString())))
            .subscribe(message -> emit(message.getMessage()));
    }

    @Override
    public void stop() {
        synchronized (monitor) {
            subscription.dispose();
            running = false;
        }
    }

    @Override
    public boolean isRunning() {
        synchronized (monitor) {
            return running;
        }
    }

    /** Every live event from now on; each subscriber buffers at most 256 and drops the oldest beyond. */
    public Flux<LiveEvent> events() {
        return sink.asFlux().onBackpressureBuffer(256, dropped -> { }, BufferOverflowStrategy.DROP_OLDEST);
    }

    private void emit(String body) {
        try {
            sink.tryEmitNext(json.readValue(body, LiveEvent.class));
        }
        catch (JacksonException ex) {
            log.warn("Ignoring an unreadable live alert event on {}: {}", HistoryStore.LIVE_CHANNEL, ex.getOriginalMessage());
        }
    }

    @Override
    public void destroy() {
        stop();
        sink.tryEmitComplete();
    }
}
