package io.tradewatch.marketdata.feed;

import java.time.Duration;

import jakarta.validation.Valid;

import io.tradewatch.marketdata.feed.replay.ReplaySettings;
import io.tradewatch.marketdata.feed.simulated.SimulatedSettings;
import io.tradewatch.marketdata.feed.websocket.WebSocketSettings;

import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Which feed runs and how ({@code tradewatch.market-data.feed.*}).
 *
 * @param type the feed to run
 * @param staleAfter a connected feed connection with no message for this long is reported STALE
 * @param simulated settings of the simulated feed
 * @param replay settings of the CSV replay feed
 * @param websocket settings of the WebSocket feed
 */
public record FeedSettings(@DefaultValue("simulated") FeedType type, @DefaultValue("10s") Duration staleAfter,
        @DefaultValue @Valid SimulatedSettings simulated, @DefaultValue @Valid ReplaySettings replay,
        @DefaultValue @Valid WebSocketSettings websocket) {

    public FeedSettings {
        if (staleAfter.isNegative() || staleAfter.isZero()) {
            throw new IllegalArgumentException("tradewatch.market-data.feed.stale-after must be positive, was " + staleAfter);
        }
    }
}
