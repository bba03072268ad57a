package io.tradewatch.strategy.service;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.tradewatch.metrics.health.ComponentHealth;
import io.tradewatch.metrics.health.ComponentHealthRegistry;
import io.tradewatch.platform.instrument.InstrumentCatalog;
import io.tradewatch.strategy.config.StrategyProperties;
import io.tradewatch.strategy.domain.DefaultDefinitions;
import io.tradewatch.strategy.domain.StrategyDefinition;
import io.tradewatch.strategy.store.DefinitionStore;

import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Keeps the live engine in step with the definitions in Redis on every replica: creates the defaults on the
 * first start, loads everything before the tick consumers start, then polls the change counter and reloads
 * when it moved. A failed poll is logged and retried; the engine keeps running the last definitions it had.
 */
@Component
public class DefinitionSync implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DefinitionSync.class);

    private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(10);

    private final DefinitionStore store;

    private final LiveEngine engine;

    private final StrategyHealth strategyHealth;

    private final ComponentHealth health;

    private final StrategyProperties properties;

    private final InstrumentCatalog catalog;

    private volatile ScheduledExecutorService executor;

    private volatile long appliedVersion = -1;

    private volatile boolean running;

    DefinitionSync(DefinitionStore store, LiveEngine engine, StrategyHealth strategyHealth,
            ComponentHealthRegistry registry, StrategyProperties properties, InstrumentCatalog catalog) {
        this.catalog = catalog;
        this.store = store;
        this.engine = engine;
        this.strategyHealth = strategyHealth;
        this.health = registry.component("definitions");
        this.properties = properties;
    }

    /** Before the tick listener containers (phase {@code Integer.MAX_VALUE}) start. */
    @Override
    public int getPhase() {
        return 0;
    }

    @Override
    public void start() {
        executor = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("strategy-definitions")
            .daemon(true).factory());
        if (properties.createDefaults()) {
            seedDefaults();
        }
        refresh();
        long period = properties.definitionsRefresh().toMillis();
        executor.scheduleWithFixedDelay(this::tick, period, period, TimeUnit.MILLISECONDS);
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        executor.shutdownNow();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Reloads soon on this replica, after a change made through its API. */
    public void refreshSoon() {
        ScheduledExecutorService current = executor;
        if (current != null && !current.isShutdown()) {
            current.execute(this::refresh);
        }
    }

    private void seedDefaults() {
        try {
            Long created = store.seedDefaults(DefaultDefinitions.definitions(catalog::contains)).block(STARTUP_TIMEOUT);
            if (created != null && created >= 0) {
                log.info("Created {} default strategies (first start)", created);
            }
        }
        catch (RuntimeException ex) {
            log.warn("Could not create the default strategies ({}); the next start tries again. Check Redis",
                    ex.getMessage());
        }
    }

    private void tick() {
        refresh();
        strategyHealth.recordActivity();
    }

    private synchronized void refresh() {
        try {
            Long version = store.version().block(STARTUP_TIMEOUT);
            if (version != null && version == appliedVersion) {
                health.active();
                return;
            }
            List<StrategyDefinition> definitions = store.findAll().block(STARTUP_TIMEOUT);
            engine.apply((definitions != null) ? definitions : List.of());
            strategyHealth.definitionsChanged((definitions != null) ? definitions : List.of());
            appliedVersion = (version != null) ? version : -1;
            health.success();
            health.up();
            log.info("Applied strategy definitions version {} ({} strategies)", appliedVersion,
                    (definitions != null) ? definitions.size() : 0);
        }
        catch (RuntimeException ex) {
            health.failure();
            health.degraded("cannot read definitions: " + ex.getMessage());
            log.warn("Could not reload strategy definitions ({}); still running the last ones applied, retrying"
                    + " every {}. Check Redis and RabbitMQ", ex.getMessage(), properties.definitionsRefresh());
        }
    }
}
