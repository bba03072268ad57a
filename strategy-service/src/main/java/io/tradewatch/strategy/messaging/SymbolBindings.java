package io.tradewatch.strategy.messaging;

import java.util.Collection;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.tradewatch.platform.messaging.Exchanges;
import io.tradewatch.strategy.config.StrategyProperties;
import io.tradewatch.strategy.service.TickSubscriptions;

import org.springframework.amqp.core.AmqpAdmin;
import org.springframework.amqp.core.Binding;
import org.springframework.stereotype.Component;

/**
 * Binds {@code tick.<SYMBOL>} to the symbol's shard queue for every symbol a strategy names, at runtime, so a
 * new strategy on a new symbol receives its ticks without a restart. Declaring a binding is idempotent, so
 * every replica may do it.
 */
@Component
public class SymbolBindings implements TickSubscriptions {

    private static final Logger log = LoggerFactory.getLogger(SymbolBindings.class);

    private final AmqpAdmin admin;

    private final int shards;

    private final Set<String> bound = ConcurrentHashMap.newKeySet();

    SymbolBindings(AmqpAdmin admin, StrategyProperties properties) {
        this.admin = admin;
        this.shards = properties.shards();
    }

    static Binding binding(String symbol, int shards) {
        return new Binding(TickShards.queueOf(symbol, shards), Binding.DestinationType.QUEUE,
                Exchanges.EVENTS, "tick." + symbol, null);
    }

    /** Binds every symbol not bound yet by this replica; throws if the broker cannot be reached. */
    @Override
    public void bind(Collection<String> symbols) {
        for (String symbol : symbols) {
            if (!bound.contains(symbol)) {
                admin.declareBinding(binding(symbol, shards));
                bound.add(symbol);
                log.info("Bound tick.{} to {}", symbol, TickShards.queueOf(symbol, shards));
            }
        }
    }
}
