package io.tradewatch.e2e;

/** The six services, in the order they are started (the gateway, which calls the others, last). */
enum Service {

    MARKET_DATA("market-data-service", "market-data"),
    STRATEGY("strategy-service", "strategy"),
    ORDER_EXECUTOR("order-executor", "order-executor"),
    RISK_MANAGER("risk-manager", "risk-manager"),
    ALERT_SYSTEM("alert-system", "alert-system"),
    GATEWAY("api-gateway", "");

    private final String module;

    private final String gatewayName;

    Service(String module, String gatewayName) {
        this.module = module;
        this.gatewayName = gatewayName;
    }

    /** The Maven module, also the application name and Prometheus' {@code service} label. */
    String module() {
        return module;
    }

    /** The service's key under {@code tradewatch.gateway.services}. */
    String gatewayName() {
        return gatewayName;
    }
}
