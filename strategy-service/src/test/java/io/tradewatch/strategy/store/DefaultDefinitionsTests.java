package io.tradewatch.strategy.store;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import io.tradewatch.strategy.StrategyServiceTestBase;
import io.tradewatch.strategy.domain.DefaultDefinitions;
import io.tradewatch.strategy.domain.StrategyDefinition;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** Two replicas creating the defaults at the same moment create each of them once, and only the first time. */
class DefaultDefinitionsTests extends StrategyServiceTestBase {

    @Autowired
    private DefinitionStore store;

    @Test
    void concurrentFirstStartsCreateTheDefaultsExactlyOnce() {
        List<StrategyDefinition> defaults = DefaultDefinitions.definitions();
        redis.delete(DefinitionStore.DEFAULTS_MARKER);
        defaults.forEach(definition -> {
            redis.delete(DefinitionStore.key(definition.id()));
            redis.opsForSet().remove(DefinitionStore.IDS, definition.id());
        });
        Long versionBefore = store.version().block(Duration.ofSeconds(5));
        List<Long> results = Mono.zip(store.seedDefaults(defaults).subscribeOn(Schedulers.parallel()),
                store.seedDefaults(defaults).subscribeOn(Schedulers.parallel()))
            .map(pair -> List.of(pair.getT1(), pair.getT2()))
            .block(Duration.ofSeconds(10));
        assertThat(results).containsExactlyInAnyOrder(3L, -1L);
        assertThat(store.version().block(Duration.ofSeconds(5))).isEqualTo(versionBefore + 1);
        assertThat(store.findAll().block(Duration.ofSeconds(5))).extracting(StrategyDefinition::id)
            .contains("ma-crossover-default", "rsi-reversion-default", "bollinger-breakout-default");
        redis.delete(DefinitionStore.key("rsi-reversion-default"));
        assertThat(store.seedDefaults(defaults).block(Duration.ofSeconds(5))).as("a later start").isEqualTo(-1L);
        assertThat(redis.hasKey(DefinitionStore.key("rsi-reversion-default"))).as("a deleted default stays deleted")
            .isFalse();
        assertThat(store.seedDefaults(List.of()).block(Duration.ofSeconds(5))).isEqualTo(-1L);
        redis.delete(DefinitionStore.DEFAULTS_MARKER);
        assertThat(store.seedDefaults(defaults).block(Duration.ofSeconds(5))).as("restored for the other tests")
            .isEqualTo(1L);
    }
}
