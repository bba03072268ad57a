package io.tradewatch.platform.autoconfigure;

import io.tradewatch.platform.instrument.InstrumentCatalog;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * Provides the {@link InstrumentCatalog} from {@code tradewatch.instruments}; an invalid catalog stops the
 * start with a message naming the entry.
 */
@AutoConfiguration
@EnableConfigurationProperties(InstrumentCatalogProperties.class)
public final class TradewatchInstrumentsAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    InstrumentCatalog instrumentCatalog(InstrumentCatalogProperties properties) {
        return new InstrumentCatalog(properties.toInstruments());
    }
}
