package io.tradewatch.strategy;

import java.util.Set;

import io.tradewatch.testsupport.ServiceContractTests;

/** The operational contract, checked on a running strategy-service against real brokers. */
class StrategyContractTests extends ServiceContractTests {

    @Override
    protected Set<String> readinessComponents() {
        return Set.of("rabbit", "redis");
    }
}
