package io.tradewatch.platform.autoconfigure;

import io.tradewatch.platform.web.ProblemDetailsHandler;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.webflux.autoconfigure.WebFluxAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.web.reactive.result.method.annotation.ResponseEntityExceptionHandler;

/**
 * Installs the suite's problem-details handler in reactive web applications, before Boot's own generic
 * one (which then backs off).
 */
@AutoConfiguration(before = WebFluxAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
@ConditionalOnClass({ ResponseEntityExceptionHandler.class, WebFluxAutoConfiguration.class })
public final class TradewatchProblemDetailsAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean(ResponseEntityExceptionHandler.class)
    ProblemDetailsHandler tradewatchProblemDetailsHandler() {
        return new ProblemDetailsHandler();
    }
}
