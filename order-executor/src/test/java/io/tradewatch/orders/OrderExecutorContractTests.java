package io.tradewatch.orders;

import java.util.List;
import java.util.Set;

import io.tradewatch.testsupport.ServiceContractTests;

/** The operational contract, checked on a running order-executor against real brokers. */
class OrderExecutorContractTests extends ServiceContractTests {

    @Override
    protected Set<String> readinessComponents() {
        return Set.of("rabbit", "redis");
    }

    @Override
    protected List<String> malformedIdPaths() {
        return List.of("/api/orders/not-a-uuid", "/api/orders/12345", "/api/orders/%20");
    }
}
