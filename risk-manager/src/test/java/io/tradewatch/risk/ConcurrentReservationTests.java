package io.tradewatch.risk;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import io.tradewatch.risk.messaging.Events;

import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two running risk-manager instances (4 order consumers each), 50 orders published at once from several
 * threads with exposure room for exactly 10: the check and reservation are one atomic Redis step, so
 * exactly 10 are approved whichever instance and thread decides them.
 */
class ConcurrentReservationTests extends RiskIntegrationTest {

    @Test
    void fiftyOrdersRacingForRoomForTenAcrossTwoInstancesGetExactlyTenApprovals() {
        assertThat(put("/api/risk/limits", LIMITS.replace("\"maxGrossExposure\": \"250000.00\"",
                "\"maxGrossExposure\": \"10000.00\"")).statusCode()).isEqualTo(200);
        try (ConfigurableApplicationContext second = startInstance("second")) {
            double firstBefore = checks(context.getBean(MeterRegistry.class));
            List<Map<String, Object>> orders = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                orders.add(order("ETHUSDT", "BUY", "1", "1000.00"));
            }
            orders.parallelStream().forEach(order -> publish(Events.ORDER_REQUESTED, order));

            List<JsonNode> decisions = awaitDecisions(50);
            List<JsonNode> approved = decisions.stream()
                .filter(decision -> decision.get("type").asString().equals("order.approved"))
                .toList();
            assertThat(approved).hasSize(10);
            assertThat(decisions).filteredOn(decision -> decision.get("type").asString().equals("order.rejected"))
                .hasSize(40)
                .allSatisfy(decision -> assertThat(rules(decision)).containsExactly("max_gross_exposure"));
            assertThat(checks(context.getBean(MeterRegistry.class)) - firstBefore).as("decided by the first instance")
                .isPositive();
            assertThat(checks(second.getBean(MeterRegistry.class))).as("decided by the second instance").isPositive();

            JsonNode exposure = getJson("/api/risk/exposure");
            assertThat(exposure.get("reservedExposure").asString()).isEqualTo("10000.00");
            assertThat(exposure.get("openOrders").asInt()).isEqualTo(10);
            assertThat(exposure.get("reservations")).extracting(r -> r.get("orderId").asString())
                .containsExactlyInAnyOrderElementsOf(approved.stream().map(d -> d.get("orderId").asString()).toList());
        }
    }

    private static double checks(MeterRegistry registry) {
        return registry.find("trading.risk.checks").counters().stream().mapToDouble(Counter::count).sum();
    }
}
