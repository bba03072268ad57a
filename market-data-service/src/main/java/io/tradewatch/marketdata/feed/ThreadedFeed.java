package io.tradewatch.marketdata.feed;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;

/**
 * A feed with one connection whose ticks come from one daemon thread of its own: started with the feed,
 * interrupted and joined (for up to 5 s) when it stops. Subclasses produce ticks in {@link #produce} while
 * {@link #running()} holds.
 */
public abstract class ThreadedFeed implements MarketFeed {

    private final FeedConnection connection;

    private final String threadName;

    private final String stoppedDetail;

    private volatile boolean running;

    private @Nullable Thread thread;

    /**
     * @param connectionName the name of the feed's one connection
     * @param threadName the producing thread's name
     * @param stoppedDetail what the connection reports when the feed is stopped
     */
    protected ThreadedFeed(String connectionName, String threadName, String stoppedDetail) {
        this.connection = new FeedConnection(connectionName);
        this.threadName = threadName;
        this.stoppedDetail = stoppedDetail;
    }

    @Override
    public final List<FeedConnection> connections() {
        return List.of(connection);
    }

    @Override
    public final synchronized void start(TickSink sink, ConnectionListener listener) {
        if (running) {
            return;
        }
        connection.listenWith(listener);
        running = true;
        Thread producer = new Thread(() -> produce(sink), threadName);
        producer.setDaemon(true);
        thread = producer;
        producer.start();
        started();
    }

    @Override
    public final synchronized void stop() {
        running = false;
        Thread producer = thread;
        thread = null;
        if (producer != null) {
            producer.interrupt();
            try {
                producer.join(TimeUnit.SECONDS.toMillis(5));
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
            }
            connection.stopped(stoppedDetail);
        }
    }

    /** Produces ticks on the feed's thread until {@link #running()} turns false or there are no more. */
    protected abstract void produce(TickSink sink);

    /** Called once the producing thread has started. */
    protected void started() {
    }

    protected final FeedConnection connection() {
        return connection;
    }

    /** Whether the feed should go on producing. */
    protected final boolean running() {
        return running;
    }

    /** Records that the producer has ended by itself (a replay that finished or failed). */
    protected final void finished() {
        running = false;
    }
}
