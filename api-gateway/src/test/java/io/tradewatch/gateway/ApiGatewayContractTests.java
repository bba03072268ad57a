package io.tradewatch.gateway;

import java.util.Set;

import io.tradewatch.testsupport.ServiceContractTests;

/** The operational contract, checked on a running api-gateway against real brokers. */
class ApiGatewayContractTests extends ServiceContractTests {

    @Override
    protected Set<String> readinessComponents() {
        return Set.of("redis");
    }
}
