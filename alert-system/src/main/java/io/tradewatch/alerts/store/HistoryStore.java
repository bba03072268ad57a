package io.tradewatch.alerts.store;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import io.tradewatch.alerts.config.AlertProperties;
import io.tradewatch.alerts.domain.AckView;
import io.tradewatch.alerts.domain.AlertView;
import io.tradewatch.alerts.domain.HistoryEntry;
import io.tradewatch.alerts.domain.LiveEvent;
import io.tradewatch.alerts.domain.Severity;

import org.springframework.data.domain.Range;
import org.springframework.data.redis.connection.Limit;
import org.springframework.data.redis.connection.stream.MapRecord;
import org.springframework.data.redis.core.RedisCallback;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;

/**
 * The history: every admitted alert is appended to the stream {@code alerts:history} (capped with
 * {@code MAXLEN ~}), indexed by id in {@code alerts:alert:<id>} (expiring after the retention) and published
 * on {@code alerts:live}, all in one Lua step.
 */
@Component
public class HistoryStore implements AlertRecorder {

    static final String STREAM = "alerts:history";

    static final String LIVE_CHANNEL = "alerts:live";

    private static final int PAGE = 200;

    private static final RedisScript<String> RECORD = RedisScript.of("""
            local id = redis.call('XADD', KEYS[1], 'MAXLEN', '~', ARGV[1], '*', 'alert', ARGV[2])
            redis.call('HSET', KEYS[2], 'stream', id)
            redis.call('PEXPIRE', KEYS[2], ARGV[3])
            redis.call('PUBLISH', ARGV[4], '{"event":"alert","historyId":"' .. id .. '","alert":' .. ARGV[2] .. '}')
            return id
            """, String.class);

    private static final RedisScript<List> ACK = RedisScript.of("""
            if redis.call('HEXISTS', KEYS[1], 'stream') == 0 then return {} end
            local fresh = redis.call('HSETNX', KEYS[1], 'ackedAt', ARGV[1])
            if fresh == 1 then redis.call('HSET', KEYS[1], 'ackedBy', ARGV[2], 'note', ARGV[3]) end
            local v = redis.call('HMGET', KEYS[1], 'stream', 'ackedAt', 'ackedBy', 'note')
            return {v[1], v[2], v[3] or '', v[4] or '', tostring(fresh)}
            """, List.class);

    private final StringRedisTemplate redis;

    private final JsonMapper json;

    private final AlertProperties.History properties;

    HistoryStore(StringRedisTemplate redis, JsonMapper json, AlertProperties properties) {
        this.redis = redis;
        this.json = json;
        this.properties = properties.history();
    }

    @Override
    public void record(AlertView alert) {
        redis.execute(RECORD, List.of(STREAM, indexKey(alert.id())), Integer.toString(properties.maxLength()),
                json.writeValueAsString(alert), Long.toString(properties.retention().toMillis()), LIVE_CHANNEL);
    }

    @Override
    public void warmUp() {
        Scripts.preload(redis, RECORD, ACK);
    }

    /** The newest alerts first, optionally only one severity and only since an instant. */
    public List<HistoryEntry> query(@Nullable Severity severity, @Nullable Instant since, int limit) {
        List<AlertRecordEntry> found = new ArrayList<>();
        String lowest = (since != null) ? since.toEpochMilli() + "-0" : "-";
        Range.Bound<String> upper = Range.Bound.unbounded();
        while (found.size() < limit) {
            List<MapRecord<String, Object, Object>> page = redis.opsForStream()
                .reverseRange(STREAM, Range.of(lowest.equals("-") ? Range.Bound.unbounded()
                        : Range.Bound.inclusive(lowest), upper), Limit.limit().count(PAGE));
            if (page == null || page.isEmpty()) {
                break;
            }
            for (MapRecord<String, Object, Object> entry : page) {
                AlertView alert = read(entry.getValue());
                if (alert != null && (severity == null || severity.wireName().equals(alert.severity()))
                        && found.size() < limit) {
                    found.add(new AlertRecordEntry(entry.getId().getValue(), alert));
                }
            }
            if (page.size() < PAGE) {
                break;
            }
            upper = Range.Bound.exclusive(page.get(page.size() - 1).getId().getValue());
        }
        return withAcks(found);
    }

    /** Alerts recorded after the stream id {@code lastId}, oldest first, for a reconnecting SSE client. */
    public List<LiveEvent> after(String lastId, int limit) {
        List<MapRecord<String, Object, Object>> entries = redis.opsForStream()
            .range(STREAM, Range.of(Range.Bound.exclusive(lastId), Range.Bound.unbounded()), Limit.limit().count(limit));
        List<LiveEvent> events = new ArrayList<>();
        for (MapRecord<String, Object, Object> entry : (entries != null) ? entries : List.<MapRecord<String, Object, Object>>of()) {
            AlertView alert = read(entry.getValue());
            if (alert != null) {
                events.add(new LiveEvent("alert", entry.getId().getValue(), alert, null));
            }
        }
        return events;
    }

    /** Acknowledges an alert; empty when no alert of that id is in the history any more. */
    public Optional<Acknowledgement> acknowledge(String alertId, Instant at, @Nullable String by,
            @Nullable String note) {
        List<?> answer = redis.execute(ACK, List.of(indexKey(alertId)), at.toString(), (by != null) ? by : "",
                (note != null) ? note : "");
        if (answer == null || answer.size() < 5) {
            return Optional.empty();
        }
        AckView ack = new AckView(alertId, Instant.parse(String.valueOf(answer.get(1))), blankToNull(answer.get(2)),
                blankToNull(answer.get(3)));
        return Optional.of(new Acknowledgement(String.valueOf(answer.get(0)), ack, "1".equals(String.valueOf(answer.get(4)))));
    }

    public void publish(LiveEvent event) {
        redis.convertAndSend(LIVE_CHANNEL, json.writeValueAsString(event));
    }

    private List<HistoryEntry> withAcks(List<AlertRecordEntry> entries) {
        List<Object> acks = redis.executePipelined((RedisCallback<Object>) connection -> {
            for (AlertRecordEntry entry : entries) {
                connection.hashCommands().hMGet(bytes(indexKey(entry.alert().id())), bytes("ackedAt"), bytes("ackedBy"),
                        bytes("note"));
            }
            return null;
        });
        List<HistoryEntry> result = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            AlertRecordEntry entry = entries.get(i);
            result.add(new HistoryEntry(entry.historyId(), entry.alert(), ack(entry.alert().id(), acks.get(i))));
        }
        return result;
    }

    private static @Nullable AckView ack(String alertId, Object fields) {
        if (!(fields instanceof List<?> values) || values.isEmpty() || values.get(0) == null) {
            return null;
        }
        return new AckView(alertId, Instant.parse(String.valueOf(values.get(0))), blankToNull(values.get(1)),
                blankToNull(values.get(2)));
    }

    private @Nullable AlertView read(Map<Object, Object> fields) {
        Object body = fields.get("alert");
        return (body != null) ? json.readValue(body.toString(), AlertView.class) : null;
    }

    private static @Nullable String blankToNull(@Nullable Object value) {
        return (value == null || value.toString().isEmpty()) ? null : value.toString();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String indexKey(String alertId) {
        return "alerts:alert:" + alertId;
    }

    private record AlertRecordEntry(String historyId, AlertView alert) {
    }

    /** The result of an acknowledgement: the alert's stream id, the kept acknowledgement, and whether it is new. */
    public record Acknowledgement(String historyId, AckView ack, boolean fresh) {
    }
}
