package io.tradewatch.testsupport;

import java.util.ArrayList;
import java.util.List;

import com.redis.testcontainers.RedisContainer;
import org.testcontainers.rabbitmq.RabbitMQContainer;

import org.springframework.context.ApplicationContext;
import org.springframework.core.env.Environment;

/**
 * Command-line arguments that point another instance of a service (a second replica started by a
 * test) at exactly the brokers, virtual host and Redis database of a running test context.
 */
public final class SecondInstance {

    private SecondInstance() {
    }

    public static String[] brokerArguments(ApplicationContext context) {
        List<String> args = new ArrayList<>();
        Environment env = context.getEnvironment();
        context.getBeanProvider(RabbitMQContainer.class).ifAvailable(rabbit -> {
            args.add("--spring.rabbitmq.host=" + rabbit.getHost());
            args.add("--spring.rabbitmq.port=" + rabbit.getAmqpPort());
            args.add("--spring.rabbitmq.username=" + rabbit.getAdminUsername());
            args.add("--spring.rabbitmq.password=" + rabbit.getAdminPassword());
        });
        context.getBeanProvider(RedisContainer.class).ifAvailable(redis -> {
            args.add("--spring.data.redis.host=" + redis.getRedisHost());
            args.add("--spring.data.redis.port=" + redis.getRedisPort());
        });
        if (args.isEmpty()) {
            for (String key : List.of("spring.rabbitmq.host", "spring.rabbitmq.port", "spring.rabbitmq.username",
                    "spring.rabbitmq.password", "spring.rabbitmq.virtual-host", "spring.data.redis.host",
                    "spring.data.redis.port", "spring.data.redis.database")) {
                String value = env.getProperty(key);
                if (value != null) {
                    args.add("--" + key + "=" + value);
                }
            }
        }
        return args.toArray(String[]::new);
    }
}
