package io.tradewatch.risk;

import java.util.Set;

import io.tradewatch.testsupport.ServiceContractTests;

/** The operational contract, checked on a running risk-manager against real brokers. */
class RiskManagerContractTests extends ServiceContractTests {

    @Override
    protected Set<String> readinessComponents() {
        return Set.of("rabbit", "redis");
    }
}
