package io.tradewatch.testsupport;

import com.redis.testcontainers.RedisContainer;
import org.testcontainers.rabbitmq.RabbitMQContainer;
import org.testcontainers.utility.DockerImageName;

import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.test.context.DynamicPropertyRegistrar;

/**
 * Import into any {@code @SpringBootTest} that needs RabbitMQ or Redis. With a Docker engine it starts
 * both as Testcontainers with {@code @ServiceConnection}; without one the application's own connection
 * properties apply (127.0.0.1 by default, {@code SPRING_RABBITMQ_*} and {@code SPRING_DATA_REDIS_*} to
 * override) and the context gets a private virtual host and Redis database.
 */
@TestConfiguration(proxyBeanMethods = false)
public class RealBrokersConfiguration {

    static final String RABBIT_IMAGE = "rabbitmq:3.13-management-alpine";

    static final String REDIS_IMAGE = "redis:7.4-alpine";

    @Bean
    @ServiceConnection
    @Conditional(DockerAvailableCondition.class)
    @ConditionalOnClass(name = "org.springframework.amqp.rabbit.connection.ConnectionFactory")
    RabbitMQContainer rabbitMqContainer() {
        return new RabbitMQContainer(DockerImageName.parse(RABBIT_IMAGE));
    }

    @Bean
    @ServiceConnection(name = "redis")
    @Conditional(DockerAvailableCondition.class)
    RedisContainer redisContainer() {
        return new RedisContainer(DockerImageName.parse(REDIS_IMAGE));
    }

    @Bean
    @Conditional(NoDockerCondition.class)
    LocalBrokerIsolation localBrokerIsolation() {
        return new LocalBrokerIsolation(LocalServers.fromEnvironment());
    }

    @Bean
    @Conditional(NoDockerCondition.class)
    DynamicPropertyRegistrar localBrokerProperties(LocalBrokerIsolation isolation) {
        LocalServers servers = LocalServers.fromEnvironment();
        return registry -> {
            registry.add("spring.rabbitmq.host", servers::rabbitHost);
            registry.add("spring.rabbitmq.port", servers::rabbitPort);
            registry.add("spring.rabbitmq.virtual-host", isolation::virtualHost);
            registry.add("spring.data.redis.host", servers::redisHost);
            registry.add("spring.data.redis.port", servers::redisPort);
            registry.add("spring.data.redis.database", isolation::redisDatabase);
        };
    }
}
