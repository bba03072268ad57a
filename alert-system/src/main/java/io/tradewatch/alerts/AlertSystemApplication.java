package io.tradewatch.alerts;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Alerting: rules, deduplication, delivery and the Alertmanager receiver. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class AlertSystemApplication {

    public static void main(String[] args) {
        SpringApplication.run(AlertSystemApplication.class, args);
    }
}
