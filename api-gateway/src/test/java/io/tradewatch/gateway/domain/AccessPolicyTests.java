package io.tradewatch.gateway.domain;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class AccessPolicyTests {

    @ParameterizedTest(name = "{0} {1} needs {2}")
    @CsvSource({ "GET, /api/market/quotes, VIEWER", "HEAD, /api/orders, VIEWER", "GET, /api/risk/limits, VIEWER",
            "GET, /api/alerts/stream, VIEWER", "GET, /api/status, VIEWER", "POST, /api/orders, TRADER",
            "DELETE, /api/orders/42, TRADER", "PUT, /api/strategies/s1, TRADER", "POST, /api/strategies/s1/enable, TRADER",
            "POST, /api/backtests, TRADER", "POST, /api/alerts/rules, TRADER", "PUT, /api/risk/limits, ADMIN",
            "POST, /api/risk/kill-switch, ADMIN", "GET, /api/admin/keys, ADMIN", "DELETE, /api/admin/keys/k1, ADMIN",
            "POST, /api/market/quotes, ADMIN", "POST, /api/ordersx, ADMIN", "PATCH, /api/signals, ADMIN" })
    void eachCallNeedsTheLeastRoleThatMayMakeIt(String method, String path, Role required) {
        assertThat(AccessPolicy.requiredRole(method, path)).isEqualTo(required);
    }

    @Test
    void rolesIncludeTheRolesBelowThem() {
        assertThat(Role.ADMIN.includes(Role.TRADER)).isTrue();
        assertThat(Role.ADMIN.includes(Role.VIEWER)).isTrue();
        assertThat(Role.TRADER.includes(Role.VIEWER)).isTrue();
        assertThat(Role.TRADER.includes(Role.ADMIN)).isFalse();
        assertThat(Role.VIEWER.includes(Role.TRADER)).isFalse();
    }

    @Test
    void roleNamesAreReadLeniently() {
        assertThat(Role.parse("trader")).contains(Role.TRADER);
        assertThat(Role.parse(" ROLE_admin ")).contains(Role.ADMIN);
        assertThat(Role.parse("auditor")).isEmpty();
    }

    @Test
    void retryAfterIsTheTimeToRefillOneRequestRoundedUp() {
        assertThat(RetryAfter.seconds(20, 1)).isEqualTo(1);
        assertThat(RetryAfter.seconds(2, 5)).isEqualTo(3);
        assertThat(RetryAfter.seconds(1, 1)).isEqualTo(1);
    }

    @Test
    void writesFailClosedOnlyWhereConfigured() {
        RedisOutagePolicy policy = new RedisOutagePolicy(Map.of("order-executor", List.of("post")));
        assertThat(policy.failsClosed("order-executor", "POST")).isTrue();
        assertThat(policy.failsClosed("order-executor", "DELETE")).isFalse();
        assertThat(policy.failsClosed("order-executor", "GET")).isFalse();
        assertThat(policy.failsClosed("market-data", "POST")).isFalse();
    }
}
