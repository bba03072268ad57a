package io.tradewatch.risk;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Risk management: pre-trade checks, exposure reservation, drawdown and the kill switch. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class RiskManagerApplication {

    public static void main(String[] args) {
        SpringApplication.run(RiskManagerApplication.class, args);
    }
}
