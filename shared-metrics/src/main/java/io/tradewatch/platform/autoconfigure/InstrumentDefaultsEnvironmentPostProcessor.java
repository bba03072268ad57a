package io.tradewatch.platform.autoconfigure;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.ResourcePropertySource;

/**
 * Adds the default instrument catalog ({@code tradewatch-instruments.properties}) as the lowest-precedence
 * property source, so every service reads the same instruments unless its deployment sets
 * {@code tradewatch.instruments} itself.
 */
public final class InstrumentDefaultsEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

    static final String SOURCE_NAME = "tradewatchInstruments";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.getPropertySources().contains(SOURCE_NAME)) {
            return;
        }
        try {
            environment.getPropertySources()
                .addLast(new ResourcePropertySource(SOURCE_NAME, new ClassPathResource("tradewatch-instruments.properties")));
        }
        catch (IOException ex) {
            throw new UncheckedIOException("The shared-metrics jar is missing tradewatch-instruments.properties", ex);
        }
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
