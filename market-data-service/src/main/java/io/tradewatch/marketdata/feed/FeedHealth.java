package io.tradewatch.marketdata.feed;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.tradewatch.metrics.health.ComponentHealth;

/**
 * Sets the {@code feed} health component from its connections: UP when all are open and fresh, DOWN when
 * none is open, DEGRADED in between (some stale, lost or stopped), with the reason.
 */
final class FeedHealth {

    private final ComponentHealth component;

    FeedHealth(ComponentHealth component) {
        this.component = component;
    }

    void update(List<FeedConnection> connections, Set<String> stale) {
        List<String> problems = new ArrayList<>();
        int open = 0;
        for (FeedConnection connection : connections) {
            boolean connected = connection.state() == ConnectionState.CONNECTED;
            if (connected) {
                open++;
            }
            if (connected && stale.contains(connection.name())) {
                problems.add(connection.name() + " stale");
            }
            else if (!connected) {
                problems.add(connection.name() + " " + connection.state().name().toLowerCase());
            }
        }
        if (problems.isEmpty()) {
            component.up();
        }
        else if (open == 0 && connections.stream().noneMatch(c -> c.state() == ConnectionState.STOPPED)) {
            component.down("no feed connection is open: " + String.join(", ", problems));
        }
        else {
            component.degraded(String.join(", ", problems));
        }
    }
}
