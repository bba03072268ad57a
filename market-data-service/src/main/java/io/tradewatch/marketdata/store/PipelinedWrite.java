package io.tradewatch.marketdata.store;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.lettuce.core.RedisFuture;
import io.lettuce.core.RedisNoScriptException;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.async.RedisAsyncCommands;
import org.jspecify.annotations.Nullable;

import io.tradewatch.marketdata.domain.candle.Candle;
import io.tradewatch.marketdata.domain.tick.Tick;

/**
 * One pipelined write of a batch on a connection without auto-flush: all commands go out in one flush and
 * their replies are awaited together. The candle script runs by its SHA; if Redis lost it (restart, SCRIPT
 * FLUSH) it is loaded again and the refused calls are sent once more, which is safe as they never ran.
 */
final class PipelinedWrite {

    private final String script;

    private final String retention;

    private final long timeoutNanos;

    private volatile String sha = "";

    PipelinedWrite(String script, int retention, Duration timeout) {
        this.script = script;
        this.retention = Integer.toString(retention);
        this.timeoutNanos = timeout.toNanos();
    }

    /** Loads the candle script on a connection that still flushes each command. */
    void prepare(StatefulRedisConnection<String, String> connection) {
        sha = connection.sync().scriptLoad(script);
    }

    Outcome run(StatefulRedisConnection<String, String> connection, PendingUpdates.Batch batch) {
        RedisAsyncCommands<String, String> commands = connection.async();
        List<RedisFuture<?>> quotes = new ArrayList<>(batch.quotes().size());
        batch.quotes().forEach((symbol, tick) -> quotes.add(commands.hset(RedisKeys.quote(symbol), quoteFields(tick))));
        Map<String, RedisFuture<?>> candles = new LinkedHashMap<>();
        batch.candles().forEach((symbol, parts) -> candles.put(symbol, merge(commands, symbol, parts, sha)));
        connection.flushCommands();
        long deadline = System.nanoTime() + timeoutNanos;
        Failures failures = new Failures();
        quotes.forEach(future -> failures.quote(await(future, deadline)));
        List<String> unknownScript = new ArrayList<>();
        candles.forEach((symbol, future) -> {
            Throwable error = await(future, deadline);
            if (error instanceof RedisNoScriptException) {
                unknownScript.add(symbol);
            }
            else {
                failures.candle(error);
            }
        });
        if (!unknownScript.isEmpty()) {
            retryWithReloadedScript(connection, batch, unknownScript, failures);
        }
        return failures.outcome();
    }

    private void retryWithReloadedScript(StatefulRedisConnection<String, String> connection,
            PendingUpdates.Batch batch, List<String> symbols, Failures failures) {
        RedisAsyncCommands<String, String> commands = connection.async();
        RedisFuture<String> loaded = commands.scriptLoad(script);
        List<RedisFuture<?>> again = new ArrayList<>();
        symbols.forEach(symbol -> again.add(merge(commands, symbol, batch.candles().get(symbol), null)));
        connection.flushCommands();
        long deadline = System.nanoTime() + timeoutNanos;
        Throwable loadError = await(loaded, deadline);
        if (loadError == null) {
            sha = loaded.toCompletableFuture().getNow(sha);
        }
        again.forEach(future -> failures.candle(await(future, deadline)));
    }

    private RedisFuture<?> merge(RedisAsyncCommands<String, String> commands, String symbol, List<Candle> parts,
            @Nullable String digest) {
        String[] args = new String[1 + parts.size() * 6];
        args[0] = retention;
        int i = 1;
        for (Candle part : parts) {
            args[i++] = Long.toString(part.openMillis());
            args[i++] = part.open().toPlainString();
            args[i++] = part.high().toPlainString();
            args[i++] = part.low().toPlainString();
            args[i++] = part.close().toPlainString();
            args[i++] = part.volume().toPlainString();
        }
        String[] keys = { RedisKeys.candles(symbol) };
        return (digest != null) ? commands.evalsha(digest, ScriptOutputType.INTEGER, keys, args)
                : commands.eval(script, ScriptOutputType.INTEGER, keys, args);
    }

    static Map<String, String> quoteFields(Tick tick) {
        Map<String, String> fields = new LinkedHashMap<>(8);
        fields.put("last", tick.price().toPlainString());
        fields.put("bid", tick.bid().toPlainString());
        fields.put("ask", tick.ask().toPlainString());
        fields.put("size", tick.size().toPlainString());
        fields.put("seq", Long.toString(tick.seq()));
        fields.put("ts", Long.toString(tick.tradeTimeMillis()));
        return fields;
    }

    private static @Nullable Throwable await(RedisFuture<?> future, long deadline) {
        try {
            future.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            return null;
        }
        catch (ExecutionException ex) {
            return (ex.getCause() != null) ? ex.getCause() : ex;
        }
        catch (TimeoutException ex) {
            return ex;
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            return ex;
        }
    }

    /** How many quote and candle writes failed, and the first cause. */
    record Outcome(int failedQuotes, int failedCandles, @Nullable String failure) {
    }

    private static final class Failures {

        private int quotes;

        private int candles;

        private @Nullable String first;

        void quote(@Nullable Throwable error) {
            if (error != null) {
                quotes++;
                note(error);
            }
        }

        void candle(@Nullable Throwable error) {
            if (error != null) {
                candles++;
                note(error);
            }
        }

        private void note(Throwable error) {
            if (first == null) {
                first = error.getClass().getSimpleName() + ": " + error.getMessage();
            }
        }

        Outcome outcome() {
            return new Outcome(quotes, candles, first);
        }
    }
}
