package io.tradewatch.strategy;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Strategies: incremental indicators on live ticks, signals out, backtests. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class StrategyApplication {

    public static void main(String[] args) {
        SpringApplication.run(StrategyApplication.class, args);
    }
}
