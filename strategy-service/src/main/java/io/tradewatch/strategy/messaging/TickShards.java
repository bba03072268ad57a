package io.tradewatch.strategy.messaging;

import java.util.List;
import java.util.stream.IntStream;

/**
 * How symbols map to the tick queues: symbol {@code s} goes to {@code strategy.ticks.<floorMod(s.hashCode(),
 * shards)>}. {@link String#hashCode()} is specified by the language, so every replica and every JVM agree.
 */
public final class TickShards {

    public static final String PREFIX = "strategy.ticks.";

    private TickShards() {
    }

    public static int shardOf(String symbol, int shards) {
        return Math.floorMod(symbol.hashCode(), shards);
    }

    public static String queueOf(String symbol, int shards) {
        return queue(shardOf(symbol, shards));
    }

    public static String queue(int shard) {
        return PREFIX + shard;
    }

    public static List<String> queues(int shards) {
        return IntStream.range(0, shards).mapToObj(TickShards::queue).toList();
    }
}
