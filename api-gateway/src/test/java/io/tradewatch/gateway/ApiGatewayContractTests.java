package io.tradewatch.gateway;

import java.net.http.HttpResponse;
import java.util.Set;

import io.tradewatch.testsupport.ServiceContractTests;

import org.springframework.test.context.TestPropertySource;

/** The operational contract, checked on a running api-gateway against real brokers. */
@TestPropertySource(properties = "tradewatch.gateway.bootstrap-admin-key=" + ApiGatewayContractTests.ADMIN_KEY)
class ApiGatewayContractTests extends ServiceContractTests {

    static final String ADMIN_KEY = "tw_contract-bootstrap-admin-key-0123456789abcdef";

    @Override
    protected Set<String> readinessComponents() {
        return Set.of("redis");
    }

    /** The gateway's own endpoints; like everything on the gateway, the document needs a key. */
    @Override
    protected HttpResponse<String> fetchOpenApiDocument() {
        return get(port(), "/v3/api-docs/api-gateway", "X-API-Key", ADMIN_KEY);
    }
}
