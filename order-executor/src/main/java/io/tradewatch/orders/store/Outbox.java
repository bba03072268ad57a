package io.tradewatch.orders.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.ClassPathResource;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;

/**
 * The transactional outbox in Redis ({@code orders:outbox}, {@code orders:outbox:due}): events enter it in the
 * same script as the state change that caused them and leave it only when the broker confirms them.
 */
@Component
public class Outbox {

    @SuppressWarnings("rawtypes")
    private static final RedisScript<List> CLAIM = RedisScript.of(new ClassPathResource(ClaimOutboxArguments.SCRIPT),
            List.class);

    private final StringRedisTemplate redis;

    private final JsonMapper json;

    Outbox(StringRedisTemplate redis, JsonMapper json) {
        this.redis = redis;
        this.json = json;
    }

    /** Claims up to {@code max} events due at {@code nowMillis}, each not to be claimed again before {@code nextMillis}. */
    public List<OutboxEntry> claimDue(long nowMillis, long nextMillis, int max) {
        ClaimOutboxArguments arguments = ClaimOutboxArguments.of(nowMillis, nextMillis, max);
        List<?> flat = redis.execute(CLAIM, arguments.keys(), arguments.argv());
        List<OutboxEntry> entries = new ArrayList<>();
        for (int i = 0; i + 1 < flat.size(); i += 2) {
            entries.add(decode((String) flat.get(i), (String) flat.get(i + 1)));
        }
        return entries;
    }

    /** Forgets events the broker confirmed. */
    public void remove(Collection<String> eventIds) {
        if (eventIds.isEmpty()) {
            return;
        }
        Object[] ids = eventIds.toArray();
        redis.opsForHash().delete(Keys.OUTBOX, ids);
        redis.opsForZSet().remove(Keys.OUTBOX_DUE, ids);
    }

    /** How many events are waiting for a confirmation. */
    public long backlog() {
        Long size = redis.opsForZSet().zCard(Keys.OUTBOX_DUE);
        return (size != null) ? size : 0;
    }

    String encode(OutboxEntry entry) {
        return json.writeValueAsString(new Envelope(entry.routingKey(), entry.body(), entry.originAt()));
    }

    private OutboxEntry decode(String eventId, String envelope) {
        Envelope decoded = json.readValue(envelope, Envelope.class);
        return new OutboxEntry(eventId, decoded.routingKey(), decoded.body(), decoded.originAt());
    }

    record Envelope(String routingKey, String body, long originAt) {
    }
}
