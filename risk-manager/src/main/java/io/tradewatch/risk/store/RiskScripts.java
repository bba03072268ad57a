package io.tradewatch.risk.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import io.tradewatch.metrics.CacheMetrics;
import io.tradewatch.metrics.catalog.TagValues.CacheOperation;
import io.tradewatch.risk.config.RiskProperties;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.DefaultRedisScript;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;

/**
 * Runs the risk manager's Lua scripts ({@code risk-scripts/*.lua}, each prefixed with {@code common.lua})
 * against the {@code risk:*} keys. Every multi-step change of risk state goes through one of them, so it
 * is atomic across replicas; each script answers one JSON document. Timed as cache operations.
 */
@Component
public class RiskScripts {

    /** The scripts, by what they do. */
    public enum Script {
        CHECK_AND_RESERVE("check-and-reserve", CacheOperation.WRITE), APPLY_FILL("apply-fill", CacheOperation.WRITE),
        RELEASE("release", CacheOperation.WRITE), MARK("mark", CacheOperation.WRITE),
        SNAPSHOT("snapshot", CacheOperation.READ);

        private final String file;

        private final CacheOperation operation;

        Script(String file, CacheOperation operation) {
            this.file = file;
            this.operation = operation;
        }

        /** The script's resource, whose header declares its keys and arguments. */
        public String resource() {
            return "risk-scripts/" + file + ".lua";
        }
    }

    private final StringRedisTemplate redis;

    private final CacheMetrics metrics;

    private final String prefix;

    private final RedisScript<String>[] scripts;

    @Autowired
    RiskScripts(StringRedisTemplate redis, CacheMetrics metrics, RiskProperties properties) {
        this(redis, metrics, properties.keyPrefix());
    }

    /** Scripts over keys with another prefix: lets a test run them beside a live service's keys. */
    public RiskScripts(StringRedisTemplate redis, CacheMetrics metrics, String prefix) {
        this.redis = redis;
        this.metrics = metrics;
        this.prefix = prefix;
        String common = read("common");
        @SuppressWarnings("unchecked")
        RedisScript<String>[] loaded = new RedisScript[Script.values().length];
        for (Script script : Script.values()) {
            loaded[script.ordinal()] = new DefaultRedisScript<>(common + "\n" + read(script.file), String.class);
        }
        this.scripts = loaded;
    }

    /** Runs a script with its arguments; answers its JSON result. */
    public String run(RiskScriptArguments arguments) {
        Script script = arguments.script();
        long start = System.nanoTime();
        try {
            String result = redis.execute(scripts[script.ordinal()], arguments.keys(prefix), arguments.argv());
            if (result == null) {
                throw new IllegalStateException("Redis script " + script.file + " answered nothing");
            }
            return result;
        }
        finally {
            metrics.operation(script.operation, System.nanoTime() - start);
        }
    }

    /** The full name of one of this service's keys. */
    public String key(String suffix) {
        return prefix + suffix;
    }

    public StringRedisTemplate redis() {
        return redis;
    }

    private static String read(String name) {
        try {
            return new ClassPathResource("risk-scripts/" + name + ".lua").getContentAsString(StandardCharsets.UTF_8);
        }
        catch (IOException ex) {
            throw new UncheckedIOException("The Redis script " + name + ".lua is missing from the classpath", ex);
        }
    }
}
