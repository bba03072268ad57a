package io.tradewatch.risk.config;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The clock every decision and day boundary is taken from (UTC), and scheduling for the gauge refresh. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class RiskConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
