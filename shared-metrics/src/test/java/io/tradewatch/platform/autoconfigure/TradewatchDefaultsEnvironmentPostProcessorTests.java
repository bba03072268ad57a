package io.tradewatch.platform.autoconfigure;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.amqp.autoconfigure.RabbitProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

class TradewatchDefaultsEnvironmentPostProcessorTests {

    private final StandardEnvironment environment = new StandardEnvironment();

    TradewatchDefaultsEnvironmentPostProcessorTests() {
        new TradewatchDefaultsEnvironmentPostProcessor().postProcessEnvironment(environment, new SpringApplication());
    }

    @Test
    void listenersMakeThreeAttemptsWithABriefDoublingBackOff() {
        RabbitProperties.ListenerRetry retry = Binder.get(environment)
            .bind("spring.rabbitmq", RabbitProperties.class)
            .get()
            .getListener()
            .getSimple()
            .getRetry();

        assertThat(retry.isEnabled()).isTrue();
        assertThat(retry.getMaxRetries()).as("retries after the first attempt").isEqualTo(2);
        assertThat(retry.getInitialInterval()).isEqualTo(Duration.ofMillis(200));
        assertThat(retry.getMultiplier()).isEqualTo(2.0);
    }

    @Test
    void anyOtherSourceOverridesTheDefaults() {
        environment.getSystemProperties().put("spring.rabbitmq.listener.simple.retry.max-retries", "5");

        assertThat(environment.getProperty("spring.rabbitmq.listener.simple.retry.max-retries")).isEqualTo("5");
    }

    @Test
    void noDefaultIsAPropertyBootNoLongerReads() throws IOException {
        // Boot 4 silently ignores a property it removed (Boot 3's listener retry max-attempts, for one)
        Set<String> removed = new HashSet<>();
        JsonMapper json = JsonMapper.builder().build();
        for (Resource metadata : new PathMatchingResourcePatternResolver()
            .getResources("classpath*:META-INF/spring-configuration-metadata.json")) {
            try (InputStream in = metadata.getInputStream()) {
                for (JsonNode property : json.readTree(in).path("properties")) {
                    if ("error".equals(property.path("deprecation").path("level").asString(""))) {
                        removed.add(property.path("name").asString());
                    }
                }
            }
        }
        assertThat(removed).as("Boot's removed properties, read from its metadata").isNotEmpty();
        EnumerablePropertySource<?> defaults = (EnumerablePropertySource<?>) environment.getPropertySources()
            .get(TradewatchDefaultsEnvironmentPostProcessor.SOURCE_NAME);

        assertThat(defaults).isNotNull();
        assertThat(defaults.getPropertyNames()).isNotEmpty().doesNotContainAnyElementsOf(removed);
    }
}
