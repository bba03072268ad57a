package io.tradewatch.orders;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Order execution: the order lifecycle, paper fills, portfolio and P&L. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class OrderExecutorApplication {

    public static void main(String[] args) {
        SpringApplication.run(OrderExecutorApplication.class, args);
    }
}
