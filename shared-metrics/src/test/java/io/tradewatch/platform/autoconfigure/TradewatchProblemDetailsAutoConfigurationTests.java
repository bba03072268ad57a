package io.tradewatch.platform.autoconfigure;

import org.junit.jupiter.api.Test;

import io.tradewatch.platform.web.ProblemDetailsHandler;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.ReactiveWebApplicationContextRunner;
import org.springframework.boot.webflux.autoconfigure.WebFluxAutoConfiguration;
import org.springframework.web.reactive.result.method.annotation.ResponseEntityExceptionHandler;

import static org.assertj.core.api.Assertions.assertThat;

class TradewatchProblemDetailsAutoConfigurationTests {

    private final ReactiveWebApplicationContextRunner contextRunner = new ReactiveWebApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(TradewatchProblemDetailsAutoConfiguration.class,
                WebFluxAutoConfiguration.class))
        .withPropertyValues("spring.webflux.problemdetails.enabled=true");

    @Test
    void problemDetailsHandlerReplacesBootsGenericOne() {
        contextRunner.run(context -> {
            assertThat(context).hasSingleBean(ProblemDetailsHandler.class);
            assertThat(context.getBeansOfType(ResponseEntityExceptionHandler.class)).hasSize(1);
        });
    }

    @Test
    void problemDetailsHandlerIsOnlyForReactiveWebApplications() {
        new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(TradewatchProblemDetailsAutoConfiguration.class))
            .run(context -> assertThat(context).doesNotHaveBean(ProblemDetailsHandler.class));
    }
}
