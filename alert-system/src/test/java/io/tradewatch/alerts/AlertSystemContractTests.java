package io.tradewatch.alerts;

import java.util.List;
import java.util.Set;

import io.tradewatch.testsupport.ServiceContractTests;

/** The operational contract, checked on a running alert-system against real brokers. */
class AlertSystemContractTests extends ServiceContractTests {

    @Override
    protected Set<String> readinessComponents() {
        return Set.of("rabbit", "redis");
    }

    @Override
    protected List<String> malformedIdPaths() {
        return List.of("/api/alerts/rules/not-a-uuid");
    }
}
