package io.tradewatch.platform.autoconfigure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.ResourcePropertySource;

/**
 * Adds the suite's defaults as the lowest-precedence property sources, so every service starts from them and
 * any service, profile or environment variable can override each one: the operational defaults (actuator
 * exposure, probes, graceful shutdown, AMQP retry and dead-lettering, Redis timeouts, structured logs) and the
 * default instrument catalog (which a deployment replaces by setting {@code tradewatch.instruments} itself).
 */
public final class TradewatchDefaultsEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

    static final String SOURCE_NAME = "tradewatchDefaults";

    static final String INSTRUMENTS_SOURCE_NAME = "tradewatchInstruments";

    /** Property source name to the starter's resource that fills it (no key is in both). */
    private static final Map<String, String> SOURCES = Map.of(SOURCE_NAME, "tradewatch-defaults.properties",
            INSTRUMENTS_SOURCE_NAME, "tradewatch-instruments.properties");

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        SOURCES.forEach((name, resource) -> {
            if (environment.getPropertySources().contains(name)) {
                return;
            }
            try {
                environment.getPropertySources().addLast(new ResourcePropertySource(name, new ClassPathResource(resource)));
            }
            catch (IOException ex) {
                throw new UncheckedIOException("The shared-metrics jar is missing " + resource, ex);
            }
        });
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
