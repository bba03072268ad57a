package io.tradewatch.platform.autoconfigure;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import org.junit.jupiter.api.Test;
import org.springdoc.core.customizers.OpenApiCustomizer;

import io.tradewatch.platform.openapi.ProblemDetailsOpenApiCustomizer;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

class TradewatchOpenApiAutoConfigurationTests {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(TradewatchOpenApiAutoConfiguration.class))
        .withPropertyValues("spring.application.name=orders");

    @Test
    void springdocGetsTheProblemCustomizerAndADocumentTitledAfterTheApplication() {
        runner.run(context -> {
            assertThat(context).hasSingleBean(ProblemDetailsOpenApiCustomizer.class);
            OpenAPI openApi = context.getBean(OpenAPI.class);
            assertThat(openApi.getInfo().getTitle()).isEqualTo("orders");
            assertThat(openApi.getServers()).singleElement().satisfies(server -> assertThat(server.getUrl()).isEqualTo("/"));
        });
    }

    @Test
    void backsOffWithoutSpringdoc() {
        runner.withClassLoader(new FilteredClassLoader(OpenApiCustomizer.class)).run(context -> {
            assertThat(context).doesNotHaveBean(ProblemDetailsOpenApiCustomizer.class);
            assertThat(context).doesNotHaveBean(OpenAPI.class);
        });
    }

    @Test
    void backsOffWhenTheDocumentIsDisabled() {
        runner.withPropertyValues("springdoc.api-docs.enabled=false").run(context -> {
            assertThat(context).doesNotHaveBean(ProblemDetailsOpenApiCustomizer.class);
            assertThat(context).doesNotHaveBean(OpenAPI.class);
        });
    }

    @Test
    void theApplicationsOwnDocumentWins() {
        runner.withUserConfiguration(OwnDocument.class).run(context -> {
            assertThat(context.getBean(OpenAPI.class).getInfo().getTitle()).isEqualTo("own");
            assertThat(context).hasSingleBean(ProblemDetailsOpenApiCustomizer.class);
        });
    }

    @Configuration(proxyBeanMethods = false)
    static class OwnDocument {

        @Bean
        OpenAPI ownOpenApi() {
            return new OpenAPI().info(new Info().title("own"));
        }
    }
}
