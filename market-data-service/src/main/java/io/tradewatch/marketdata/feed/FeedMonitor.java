package io.tradewatch.marketdata.feed;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;

import io.tradewatch.marketdata.feed.FeedStatus.Status;
import io.tradewatch.metrics.health.ComponentHealth;

/**
 * Watches the feed's connections on one thread: announces every change (CONNECTED, DISCONNECTED, and
 * STALE when a connected connection has been silent past the limit), keeps the {@code feed} health
 * component current, and measures each connection's message rate.
 */
public final class FeedMonitor implements ConnectionListener {

    private final MarketFeed feed;

    private final FeedStatusSink sink;

    private final FeedHealth health;

    private final long staleNanos;

    private final Executor executor;

    private final Map<String, Status> announced = new HashMap<>();

    private final Map<String, long[]> lastCounts = new HashMap<>();

    private final Map<String, Double> rates = new ConcurrentHashMap<>();

    private final Set<String> stale = ConcurrentHashMap.newKeySet();

    private @Nullable ScheduledExecutorService scheduler;

    public FeedMonitor(MarketFeed feed, FeedStatusSink sink, ComponentHealth health, Duration staleAfter) {
        this(feed, sink, health, staleAfter, null);
    }

    /** With {@code executor} running the monitor's work (tests pass a direct one); null for its own thread. */
    FeedMonitor(MarketFeed feed, FeedStatusSink sink, ComponentHealth health, Duration staleAfter,
            @Nullable Executor executor) {
        this.feed = feed;
        this.sink = sink;
        this.health = new FeedHealth(health);
        this.staleNanos = staleAfter.toNanos();
        if (executor == null) {
            this.scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
                Thread thread = new Thread(runnable, "md-feed-monitor");
                thread.setDaemon(true);
                return thread;
            });
            this.executor = scheduler;
        }
        else {
            this.executor = executor;
        }
    }

    /** Checks staleness and rates every second (or every half stale limit, if shorter). */
    public void start() {
        if (scheduler != null) {
            long period = Math.max(50, Math.min(1000, TimeUnit.NANOSECONDS.toMillis(staleNanos) / 2));
            scheduler.scheduleWithFixedDelay(() -> check(System.nanoTime()), period, period, TimeUnit.MILLISECONDS);
        }
    }

    /** Announces what is still queued (such as the feed's last DISCONNECTED), then stops. */
    public void stop() {
        ExecutorService own = scheduler;
        if (own != null) {
            own.shutdown();
            try {
                own.awaitTermination(10, TimeUnit.SECONDS);
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public void stateChanged(FeedConnection connection, ConnectionState state, String detail) {
        Status status = switch (state) {
            case CONNECTED -> Status.CONNECTED;
            case DISCONNECTED, STOPPED -> Status.DISCONNECTED;
            case CONNECTING -> null;
        };
        if (status != null) {
            executor.execute(() -> {
                stale.remove(connection.name());
                announce(connection, status, detail);
                health.update(feed.connections(), stale);
            });
        }
    }

    /** One round of checks at {@code nowNanos}; runs on the monitor's thread. */
    void check(long nowNanos) {
        for (FeedConnection connection : feed.connections()) {
            measureRate(connection, nowNanos);
            if (connection.state() != ConnectionState.CONNECTED) {
                continue;
            }
            long quiet = connection.quietNanos(nowNanos);
            if (quiet > staleNanos && stale.add(connection.name())) {
                announce(connection, Status.STALE, "no message for " + TimeUnit.NANOSECONDS.toSeconds(quiet) + " s");
            }
            else if (quiet <= staleNanos && stale.remove(connection.name())) {
                announce(connection, Status.CONNECTED, "messages resumed");
            }
        }
        health.update(feed.connections(), stale);
    }

    /** The feed's connections as the REST API shows them. */
    public List<ConnectionView> view(long nowNanos) {
        return feed.connections().stream().map(connection -> view(connection, nowNanos)).toList();
    }

    public MarketFeed feed() {
        return feed;
    }

    private ConnectionView view(FeedConnection connection, long nowNanos) {
        ConnectionState state = connection.state();
        boolean open = state == ConnectionState.CONNECTED;
        String shown = (open && stale.contains(connection.name())) ? "STALE" : state.name();
        long uptime = connection.uptimeNanos(nowNanos);
        boolean everOpened = open || connection.hasReceived() || state == ConnectionState.DISCONNECTED;
        return new ConnectionView(connection.name(), shown, (uptime >= 0) ? uptime / 1e9 : null,
                connection.messages(), rates.getOrDefault(connection.name(), 0.0), connection.parseErrors(),
                connection.reconnects(), everOpened ? TimeUnit.NANOSECONDS.toMillis(connection.quietNanos(nowNanos)) : null);
    }

    private void measureRate(FeedConnection connection, long nowNanos) {
        long messages = connection.messages();
        long[] last = lastCounts.get(connection.name());
        if (last != null && nowNanos > last[1]) {
            rates.put(connection.name(), (messages - last[0]) * 1e9 / (nowNanos - last[1]));
        }
        lastCounts.put(connection.name(), new long[] { messages, nowNanos });
    }

    private void announce(FeedConnection connection, Status status, String detail) {
        if (announced.get(connection.name()) == status) {
            return;
        }
        announced.put(connection.name(), status);
        sink.announce(new FeedStatus(feed.source(), connection.name(), status, detail, System.currentTimeMillis()));
    }
}
