package io.tradewatch.marketdata.feed.replay;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.HashMap;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.tradewatch.marketdata.domain.tick.Decimals;
import io.tradewatch.marketdata.domain.tick.Tick;
import io.tradewatch.marketdata.domain.tick.TickSource;
import io.tradewatch.marketdata.feed.FeedConnection;
import io.tradewatch.marketdata.feed.ThreadedFeed;
import io.tradewatch.marketdata.feed.TickSink;

/**
 * Replays a CSV file of recorded trades (format in {@link TradeCsv}) on one thread, paced by the recorded
 * trade times divided by the speed. Unreadable lines are counted as parse errors and skipped.
 */
public final class ReplayFeed extends ThreadedFeed {

    private static final Logger log = LoggerFactory.getLogger(ReplayFeed.class);

    private final ReplaySettings settings;

    private final ReplaySource source;

    private final Map<String, ReplaySequence> sequences = new HashMap<>();

    /** Opens the replay file; each pass opens it anew. */
    @FunctionalInterface
    public interface ReplaySource {

        Reader open() throws IOException;
    }

    public ReplayFeed(ReplaySettings settings, ReplaySource source) {
        super("replay", "md-replay-feed", "replay stopped");
        this.settings = settings;
        this.source = source;
    }

    @Override
    public TickSource source() {
        return TickSource.REPLAY;
    }

    @Override
    protected void produce(TickSink sink) {
        FeedConnection connection = connection();
        connection.opened("replaying " + settings.location() + " at speed " + settings.speed());
        int pass = 0;
        try {
            do {
                long ticks = replayOnce(sink, pass++);
                log.info("Replay pass {} of {} finished: {} ticks", pass, settings.location(), ticks);
            }
            while (running() && settings.loop());
            connection.stopped("replay finished after " + pass + " pass(es)");
        }
        catch (IOException | IllegalArgumentException ex) {
            if (!running()) {
                connection.stopped("replay stopped");
                return;
            }
            log.error("Replay of {} failed: {}. No more ticks come from this feed; fix the file or"
                    + " tradewatch.market-data.feed.replay.location and restart the service.", settings.location(),
                    ex.getMessage());
            connection.closed("replay failed: " + ex.getMessage());
        }
        finally {
            finished();
        }
    }

    private long replayOnce(TickSink sink, int pass) throws IOException {
        try (BufferedReader reader = new BufferedReader(source.open())) {
            TradeCsv csv = TradeCsv.header(firstLine(reader));
            sequences.values().forEach(ReplaySequence::newPass);
            ReplayPacer pacer = new ReplayPacer(settings.speed(), settings.rebaseTime());
            long ticks = 0;
            String line;
            while (running() && (line = reader.readLine()) != null) {
                if (TradeCsv.skipped(line)) {
                    continue;
                }
                if (emit(sink, csv, line, pacer)) {
                    ticks++;
                }
            }
            return ticks;
        }
    }

    private boolean emit(TickSink sink, TradeCsv csv, String line, ReplayPacer pacer) {
        TradeCsv.Row row;
        try {
            row = csv.row(line);
        }
        catch (IllegalArgumentException ex) {
            connection().parseError();
            sink.parseError(TickSource.REPLAY, ex.getMessage());
            return false;
        }
        long tradeTime = pacer.await(row.tradeTimeMillis());
        if (!running()) {
            return false;
        }
        long seq = sequences.computeIfAbsent(row.symbol(), symbol -> new ReplaySequence()).next(row.seq());
        sink.accept(new Tick(row.symbol(), Decimals.parse(row.price()), Decimals.parse(row.size()),
                Decimals.parse(row.bid()), Decimals.parse(row.ask()), seq, tradeTime, TickSource.REPLAY,
                System.currentTimeMillis()));
        connection().message();
        return true;
    }

    private static String firstLine(BufferedReader reader) throws IOException {
        String line;
        while ((line = reader.readLine()) != null) {
            if (!TradeCsv.skipped(line)) {
                return line;
            }
        }
        throw new IllegalArgumentException("the replay file is empty");
    }
}
