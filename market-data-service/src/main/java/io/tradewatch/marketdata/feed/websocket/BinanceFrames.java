package io.tradewatch.marketdata.feed.websocket;

import java.util.Locale;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the text frames of a Binance combined stream: {@code {"stream":"btcusdt@trade","data":{...}}}
 * with trade payloads ({@code e=trade}, {@code s}, {@code t}, {@code p}, {@code q}, {@code T}) and best
 * bid/ask payloads ({@code @bookTicker} streams: {@code s}, {@code b}, {@code a}), plus the replies to
 * subscription requests ({@code {"result":null,"id":1}}). Anything else is malformed.
 */
final class BinanceFrames {

    private final JsonMapper json;

    BinanceFrames(JsonMapper json) {
        this.json = json;
    }

    Frame read(String text) {
        JsonNode root;
        try {
            root = json.readTree(text);
        }
        catch (JacksonException ex) {
            return new Frame.Malformed("not JSON");
        }
        if (root == null || !root.isObject()) {
            return new Frame.Malformed("not a JSON object");
        }
        if (root.has("result") && root.has("id")) {
            return Frame.Reply.INSTANCE;
        }
        String stream = text(root, "stream");
        JsonNode data = root.get("data");
        if (stream == null || data == null || !data.isObject()) {
            return new Frame.Malformed("no stream name or data");
        }
        if (stream.endsWith("@bookTicker")) {
            return bookTicker(data);
        }
        if (stream.endsWith("@trade") && "trade".equals(text(data, "e"))) {
            return trade(data);
        }
        return new Frame.Malformed("unexpected stream or event: " + stream);
    }

    private static Frame trade(JsonNode data) {
        String symbol = text(data, "s");
        Long id = integral(data, "t");
        String price = text(data, "p");
        String quantity = text(data, "q");
        Long time = integral(data, "T");
        if (symbol == null || id == null || price == null || quantity == null || time == null) {
            return new Frame.Malformed("trade lacks s, t, p, q or T");
        }
        return new Frame.Trade(symbol.toUpperCase(Locale.ROOT), id, price, quantity, time);
    }

    private static Frame bookTicker(JsonNode data) {
        String symbol = text(data, "s");
        String bid = text(data, "b");
        String ask = text(data, "a");
        if (symbol == null || bid == null || ask == null) {
            return new Frame.Malformed("bookTicker lacks s, b or a");
        }
        return new Frame.BookTicker(symbol.toUpperCase(Locale.ROOT), bid, ask);
    }

    private static @Nullable String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return (value != null && value.isString()) ? value.stringValue() : null;
    }

    private static @Nullable Long integral(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return (value != null && value.isIntegralNumber() && value.canConvertToLong()) ? value.longValue() : null;
    }

    /** One frame, read. */
    sealed interface Frame {

        /** A trade; numbers still as the exchange wrote them. */
        record Trade(String symbol, long tradeId, String price, String quantity, long tradeTimeMillis)
                implements Frame {
        }

        /** The best bid and ask of a symbol. */
        record BookTicker(String symbol, String bid, String ask) implements Frame {
        }

        /** The reply to a subscription request: nothing to do. */
        enum Reply implements Frame {
            INSTANCE
        }

        /** A frame that could not be read, and why. */
        record Malformed(String reason) implements Frame {
        }
    }
}
