package io.tradewatch.platform.autoconfigure;

import java.util.List;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.servers.Server;
import org.springdoc.core.customizers.OpenApiCustomizer;

import io.tradewatch.platform.openapi.ProblemDetailsOpenApiCustomizer;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * Shapes the OpenAPI document springdoc serves for a service: titled after the application, with a relative
 * server (so the document holds wherever it is fetched from, the service itself or the gateway), and every
 * error answer described as an RFC 9457 problem.
 */
@AutoConfiguration(beforeName = "org.springdoc.core.configuration.SpringDocConfiguration")
@ConditionalOnClass(OpenApiCustomizer.class)
@ConditionalOnBooleanProperty(name = "springdoc.api-docs.enabled", matchIfMissing = true)
public final class TradewatchOpenApiAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    OpenAPI tradewatchOpenApi(Environment environment) {
        String application = environment.getProperty("spring.application.name", "application");
        return new OpenAPI()
            .info(new Info().title(application).version("1")
                .description("The REST API of " + application + "; errors are RFC 9457 problems."))
            .servers(List.of(new Server().url("/")));
    }

    @Bean
    @ConditionalOnMissingBean
    ProblemDetailsOpenApiCustomizer tradewatchProblemDetailsOpenApiCustomizer() {
        return new ProblemDetailsOpenApiCustomizer();
    }
}
