package io.tradewatch.marketdata.messaging;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Random;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.tradewatch.marketdata.domain.tick.Tick;
import io.tradewatch.marketdata.domain.tick.TickSource;
import io.tradewatch.testsupport.contract.EventContract;

import static org.assertj.core.api.Assertions.assertThat;

class TickJsonTests {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void writesTheDocumentedTickBodyWithExactDecimals() {
        Tick tick = new Tick("BTCUSDT", new BigDecimal("64321.50"), new BigDecimal("1E-5"), new BigDecimal("64321.40"),
                new BigDecimal("64321.60"), 3849201118L, 1_767_225_610_250L, TickSource.WEBSOCKET, 1_767_225_611_007L);
        byte[] written = new TickJson().write(tick, "0e7f1a44-3c1b-4b7e-9a55-6f0e2b1c9d11");
        JsonNode body = json.readTree(written);
        assertThat(EventContract.load().payloadViolations("tick.BTCUSDT", new String(written, StandardCharsets.UTF_8)))
            .isEmpty();
        assertThat(body.get("price").stringValue()).isEqualTo("64321.50");
        assertThat(body.get("size").stringValue()).isEqualTo("0.00001");
        assertThat(body.get("seq").longValue()).isEqualTo(3849201118L);
        assertThat(body.get("source").stringValue()).isEqualTo("websocket");
        assertThat(body.get("tradeTime").stringValue()).isEqualTo("2026-01-01T00:00:10.250Z");
        assertThat(body.get("occurredAt").stringValue()).isEqualTo("2026-01-01T00:00:11.007Z");
    }

    @Test
    void isoTimesAgreeWithInstantForAnyMillisecond() {
        IsoTimes times = new IsoTimes();
        Random random = new Random(5);
        long base = 1_767_225_600_000L;
        for (int i = 0; i < 10_000; i++) {
            long millis = base + random.nextInt(5_000) - 2_500 + ((i % 100 == 0) ? random.nextLong(1L << 40) : 0);
            assertThat(Instant.parse(times.format(millis))).isEqualTo(Instant.ofEpochMilli(millis));
        }
        assertThat(times.format(0)).isEqualTo("1970-01-01T00:00:00.000Z");
        assertThat(times.format(-1)).isEqualTo("1969-12-31T23:59:59.999Z");
        assertThat(Instant.parse(times.format(base)).truncatedTo(ChronoUnit.SECONDS)).isEqualTo(Instant.ofEpochMilli(base));
    }

    @Test
    void idsAreRandomVersionFourUuids() {
        java.util.UUID id = java.util.UUID.fromString(Ids.next());
        assertThat(id.version()).isEqualTo(4);
        assertThat(id.variant()).isEqualTo(2);
        assertThat(Ids.next()).isNotEqualTo(Ids.next());
    }
}
