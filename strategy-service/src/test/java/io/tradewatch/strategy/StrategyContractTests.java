package io.tradewatch.strategy;

import java.util.List;
import java.util.Set;

import io.tradewatch.testsupport.ServiceContractTests;

/** The operational contract, checked on a running strategy-service against real brokers. */
class StrategyContractTests extends ServiceContractTests {

    @Override
    protected Set<String> readinessComponents() {
        return Set.of("rabbit", "redis");
    }

    @Override
    protected List<String> malformedIdPaths() {
        return List.of("/api/strategies/NOT-A-VALID-ID", "/api/strategies/NOT-A-VALID-ID/state");
    }
}
