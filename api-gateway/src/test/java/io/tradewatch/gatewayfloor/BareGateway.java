package io.tradewatch.gatewayfloor;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;

/**
 * Spring Cloud Gateway as Spring Boot configures it and nothing else, for the gateway benchmark's floor:
 * auto-configuration only, no component scan. It lives outside {@code io.tradewatch.gateway} so that neither
 * the gateway's component scan nor the tests' search for their {@code @SpringBootConfiguration} finds it.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
public class BareGateway {
}
