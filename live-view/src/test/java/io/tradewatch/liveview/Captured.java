package io.tradewatch.liveview;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

import io.tradewatch.liveview.Snapshot.GatewayStatus;
import io.tradewatch.liveview.Snapshot.Quote;
import io.tradewatch.liveview.Snapshot.Summary;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The answers captured from a real running suite (src/test/resources/captured, see its README). */
final class Captured {

    static final JsonMapper JSON = JsonMapper.builder().build();

    static final List<String> SERVICES = List.copyOf(Options.MANAGEMENT_PORTS.keySet());

    private Captured() {
    }

    static String text(String name) {
        try (InputStream in = Captured.class.getResourceAsStream("/captured/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no captured file " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    static Summary summary(String module) {
        return JSON.readValue(text("tradingsummary-" + module + ".json"), Summary.class);
    }

    static Map<String, Summary> summaries() {
        Map<String, Summary> summaries = new LinkedHashMap<>();
        SERVICES.forEach(module -> summaries.put(module, summary(module)));
        return summaries;
    }

    /** The whole capture as one snapshot taken at {@code at}, Prometheus' alerts included. */
    static Snapshot snapshot(Instant at) {
        return new Snapshot(at, JSON.readValue(text("gateway-status.json"), GatewayStatus.class),
                JSON.readValue(text("market-quotes.json"), new TypeReference<List<Quote>>() { }), summaries(),
                List.of(new Snapshot.Alert("MarketDataFreshnessBudgetBurn", "critical", "market-data-service", "pending"),
                        new Snapshot.Alert("MarketDataFreshnessBudgetBurn", "warning", "market-data-service", "pending")),
                OptionalDouble.of(0.24822177437280502));
    }
}
