package io.tradewatch.gateway.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.springframework.core.io.ClassPathResource;
import org.springframework.data.redis.core.script.RedisScript;

/**
 * Lua scripts read from the classpath once. A script built on a classpath resource checks that resource
 * for changes on every call (a jar lookup under a lock), which showed up on the gateway's hot path.
 */
public final class RedisScripts {

    private RedisScripts() {
    }

    /** The script at this classpath location, held as text. */
    @SuppressWarnings({ "rawtypes", "unchecked" })
    public static <T> RedisScript<T> load(String location, Class<? super T> resultType) throws IOException {
        try (InputStream in = new ClassPathResource(location).getInputStream()) {
            return (RedisScript<T>) RedisScript.of(new String(in.readAllBytes(), StandardCharsets.UTF_8), (Class) resultType);
        }
    }

    /** As {@link #load}, for static initializers: a script missing from the jar is a build error. */
    public static <T> RedisScript<T> loadUnchecked(String location, Class<? super T> resultType) {
        try {
            return load(location, resultType);
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Lua script " + location + " is missing from the classpath", ex);
        }
    }
}
