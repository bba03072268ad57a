package io.tradewatch.marketdata.messaging;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Formats epoch milliseconds as ISO-8601 UTC instants with milliseconds ({@code 2026-01-01T00:00:10.250Z}),
 * reusing the date and time of the last second formatted: ticks of the same second cost a few characters
 * instead of a full calendar computation. Thread-safe.
 */
final class IsoTimes {

    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");

    private volatile Second last = new Second(Long.MIN_VALUE, "");

    String format(long epochMillis) {
        long epochSecond = Math.floorDiv(epochMillis, 1_000);
        int millis = (int) Math.floorMod(epochMillis, 1_000);
        Second second = last;
        if (second.epochSecond() != epochSecond) {
            second = new Second(epochSecond,
                    LocalDateTime.ofEpochSecond(epochSecond, 0, ZoneOffset.UTC).format(SECONDS) + ".");
            last = second;
        }
        return second.prefix() + (char) ('0' + millis / 100) + (char) ('0' + millis / 10 % 10) + (char) ('0' + millis % 10)
                + 'Z';
    }

    private record Second(long epochSecond, String prefix) {
    }
}
