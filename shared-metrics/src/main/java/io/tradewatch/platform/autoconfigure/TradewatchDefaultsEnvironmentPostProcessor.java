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
 * Adds the suite's operational defaults (actuator exposure, probes, graceful shutdown, AMQP retry and
 * dead-lettering, Redis timeouts, structured logs) as the lowest-precedence property source, so every
 * service starts from them and any service, profile or environment variable can override each one.
 */
public final class TradewatchDefaultsEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

    static final String SOURCE_NAME = "tradewatchDefaults";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.getPropertySources().contains(SOURCE_NAME)) {
            return;
        }
        try {
            environment.getPropertySources()
                .addLast(new ResourcePropertySource(SOURCE_NAME, new ClassPathResource("tradewatch-defaults.properties")));
        }
        catch (IOException ex) {
            throw new UncheckedIOException("The shared-metrics jar is missing tradewatch-defaults.properties", ex);
        }
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
