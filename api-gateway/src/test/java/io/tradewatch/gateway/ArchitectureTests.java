package io.tradewatch.gateway;

import java.util.Set;

import io.tradewatch.testsupport.ServiceArchitectureTests;

/**
 * The shared package vocabulary, plus the gateway's own roles {@code security} (authentication, authorization
 * and per-caller rate limits) and {@code filter} (the web filters every request passes). The gateway's
 * decisions ({@code ..gateway.domain..}) stay plain Java and depend on nothing else of the gateway: the shared
 * domain rule allows them only {@code java..}, {@code org.jspecify..} and the domain itself.
 */
class ArchitectureTests extends ServiceArchitectureTests {

    @Override
    protected Class<?> application() {
        return ApiGatewayApplication.class;
    }

    @Override
    protected Set<String> ownRoles() {
        return Set.of("security", "filter");
    }
}
