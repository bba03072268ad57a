package io.tradewatch.marketdata;

import java.util.List;
import java.util.Set;

import io.tradewatch.testsupport.ServiceContractTests;

/** The operational contract, checked on a running market-data-service against real brokers. */
class MarketDataContractTests extends ServiceContractTests {

    @Override
    protected Set<String> readinessComponents() {
        return Set.of("rabbit", "redis");
    }

    @Override
    protected List<String> malformedIdPaths() {
        return List.of("/api/market/quotes/BTC-USDT", "/api/market/candles/NOSUCHUSDT");
    }
}
