package io.tradewatch.liveview;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * What one refresh read from a running suite: the gateway's status, the quotes, each service's
 * {@code /actuator/tradingsummary} and, when Prometheus answers, its alerts. A source that did not answer
 * is {@code null} (or absent from {@link #summaries()}).
 *
 * @param at when the readings were taken
 * @param status the gateway's {@code /api/status}, or {@code null}
 * @param quotes the gateway's {@code /api/market/quotes}, or {@code null}
 * @param summaries module name to its summary, for the services that answered
 * @param alerts Prometheus' alerts (firing and pending), or {@code null} when Prometheus does not answer
 * @param gatewayP99 p99 of the gateway's requests over the last minute, from Prometheus
 */
record Snapshot(Instant at, GatewayStatus status, List<Quote> quotes, Map<String, Summary> summaries,
        List<Alert> alerts, OptionalDouble gatewayP99) {

    /** The gateway's {@code /api/status}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record GatewayStatus(String status, List<ServiceStatus> services) {
    }

    /** One service in {@code /api/status}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record ServiceStatus(String name, String readiness) {
    }

    /** One quote of {@code /api/market/quotes}; prices are decimal strings. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Quote(String symbol, String last) {
    }

    /** A service's {@code /actuator/tradingsummary}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Summary(List<Distribution> distributions, List<Value> counters, List<Value> gauges) {

        /** Sum of the counters named {@code name}. */
        double counterTotal(String name) {
            return counters.stream().filter(value -> value.name().equals(name)).mapToDouble(Value::finite).sum();
        }

        /** Sum of the gauges named {@code name} whose tags contain {@code tag}={@code value}. */
        OptionalDouble gauge(String name, String tag, String value) {
            return gauges.stream()
                .filter(gauge -> gauge.name().equals(name) && (tag == null || value.equals(gauge.tags().get(tag))))
                .filter(gauge -> Double.isFinite(gauge.value()))
                .mapToDouble(Value::value)
                .reduce(Double::sum);
        }
    }

    /** A timer or histogram of the summary; times in seconds. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Distribution(String name, Map<String, String> tags, long count, double p99) {
    }

    /** A counter or gauge of the summary; {@code NaN} for a gauge that reported nothing yet. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Value(String name, Map<String, String> tags, double value) {

        double finite() {
            return Double.isFinite(value) ? value : 0;
        }
    }

    /** A Prometheus alert: its name, severity, service and state ({@code firing} or {@code pending}). */
    record Alert(String name, String severity, String service, String state) {
    }
}
