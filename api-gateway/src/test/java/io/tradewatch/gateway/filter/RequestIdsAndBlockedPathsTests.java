package io.tradewatch.gateway.filter;

import org.junit.jupiter.api.Test;

import org.springframework.http.server.PathContainer;

import static org.assertj.core.api.Assertions.assertThat;

class RequestIdsAndBlockedPathsTests {

    @Test
    void wellFormedClientIdsAreKeptAndOthersReplaced() {
        assertThat(RequestIds.acceptOrGenerate("abc-123_x.y:z")).isEqualTo("abc-123_x.y:z");
        assertThat(RequestIds.acceptOrGenerate("has space")).isNotEqualTo("has space").hasSize(36);
        assertThat(RequestIds.acceptOrGenerate("x".repeat(129))).hasSize(36);
        assertThat(RequestIds.acceptOrGenerate("")).hasSize(36);
        assertThat(RequestIds.acceptOrGenerate(null)).hasSize(36);
    }

    @Test
    void anyActuatorSegmentAndTheFallbackPrefixAreBlocked() {
        assertThat(BlockedPathsFilter.blocked(PathContainer.parsePath("/actuator/health"))).isTrue();
        assertThat(BlockedPathsFilter.blocked(PathContainer.parsePath("/api/market/Actuator"))).isTrue();
        assertThat(BlockedPathsFilter.blocked(PathContainer.parsePath("/api/risk/%61ctuator/env"))).isTrue();
        assertThat(BlockedPathsFilter.blocked(PathContainer.parsePath("/gateway-fallback/x"))).isTrue();
        assertThat(BlockedPathsFilter.blocked(PathContainer.parsePath("/api/gateway-fallback"))).isFalse();
        assertThat(BlockedPathsFilter.blocked(PathContainer.parsePath("/api/market/actuators"))).isFalse();
    }
}
