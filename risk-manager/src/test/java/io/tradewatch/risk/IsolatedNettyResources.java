package io.tradewatch.risk;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.http.client.ReactorResourceFactory;

/**
 * Gives a second instance started inside a test JVM its own Reactor Netty event loops. By default every
 * Spring context in the JVM shares Reactor Netty's global resources, and closing one context disposes
 * them: the test context's management server then stops answering.
 */
@TestConfiguration(proxyBeanMethods = false)
class IsolatedNettyResources {

    @Bean
    ReactorResourceFactory reactorResourceFactory() {
        ReactorResourceFactory factory = new ReactorResourceFactory();
        factory.setUseGlobalResources(false);
        return factory;
    }
}
