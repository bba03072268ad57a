package io.tradewatch.testsupport;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.SetArgs;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;

/**
 * Leases one of Redis's numbered databases (1-15) to a test context: a lease key in database 0 with a
 * time-to-live keeps two concurrent test runs apart, and the database is emptied when leased and when
 * released. Database 0 is what a locally running suite uses, so tests never touch its data.
 */
public final class RedisDatabases {

    private static final String LEASE_KEY = "tw:test:lease:db:";

    private static final Duration LEASE_TIME = Duration.ofMinutes(20);

    private static final Duration WAIT_FOR_LEASE = Duration.ofMinutes(2);

    private final LocalServers servers;

    public RedisDatabases(LocalServers servers) {
        this.servers = servers;
    }

    /** Leases a free database, empties it and returns its index together with the lease token. */
    public Lease lease() {
        List<Integer> candidates = new ArrayList<>();
        for (int db = 1; db <= 15; db++) {
            candidates.add(db);
        }
        Collections.shuffle(candidates);
        String token = UUID.randomUUID().toString();
        long deadline = System.nanoTime() + WAIT_FOR_LEASE.toNanos();
        return withCommands(0, commands -> {
            while (true) {
                for (int db : candidates) {
                    String ok = commands.set(LEASE_KEY + db, token, SetArgs.Builder.nx().ex(LEASE_TIME));
                    if ("OK".equals(ok)) {
                        flush(db);
                        return new Lease(db, token);
                    }
                }
                if (System.nanoTime() > deadline) {
                    break;
                }
                pause();
            }
            throw new IllegalStateException("All Redis test databases 1-15 stayed leased by other test contexts for 2 minutes at "
                    + servers.redisHost() + ":" + servers.redisPort() + "; wait for them or delete the keys "
                    + LEASE_KEY + "*");
        });
    }

    private static void pause() {
        try {
            Thread.sleep(1000);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for a free Redis test database", ex);
        }
    }

    /** Empties the leased database and frees it. */
    public void release(Lease lease) {
        flush(lease.database());
        withCommands(0, commands -> {
            if (lease.token().equals(commands.get(LEASE_KEY + lease.database()))) {
                commands.del(LEASE_KEY + lease.database());
            }
            return null;
        });
    }

    private void flush(int db) {
        withCommands(db, RedisCommands::flushdb);
    }

    private <T> T withCommands(int db, java.util.function.Function<RedisCommands<String, String>, T> work) {
        RedisURI uri = RedisURI.builder()
            .withHost(servers.redisHost())
            .withPort(servers.redisPort())
            .withDatabase(db)
            .withTimeout(Duration.ofSeconds(5))
            .build();
        RedisClient client = RedisClient.create(uri);
        try (StatefulRedisConnection<String, String> connection = client.connect()) {
            return work.apply(connection.sync());
        }
        finally {
            client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
        }
    }

    /** A leased database and the token that proves the lease is ours. */
    public record Lease(int database, String token) {
    }
}
