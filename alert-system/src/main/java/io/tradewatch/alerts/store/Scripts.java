package io.tradewatch.alerts.store;

import java.nio.charset.StandardCharsets;

import org.springframework.data.redis.core.RedisCallback;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;

/** Loads Lua scripts into Redis's script cache ahead of their first use. */
public final class Scripts {

    private Scripts() {
    }

    public static void preload(StringRedisTemplate redis, RedisScript<?>... scripts) {
        redis.execute((RedisCallback<Void>) connection -> {
            for (RedisScript<?> script : scripts) {
                connection.scriptingCommands().scriptLoad(script.getScriptAsString().getBytes(StandardCharsets.UTF_8));
            }
            return null;
        });
    }
}
