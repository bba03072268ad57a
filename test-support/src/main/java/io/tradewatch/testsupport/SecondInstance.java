package io.tradewatch.testsupport;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.redis.testcontainers.RedisContainer;
import org.testcontainers.rabbitmq.RabbitMQContainer;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

/**
 * Command-line arguments that point another instance of a service (a second replica started by a
 * test) at exactly the brokers, virtual host and Redis database of a running test context.
 */
public final class SecondInstance {

    private SecondInstance() {
    }

    /**
     * Starts another instance of {@code application} on random ports, on the same brokers, virtual host
     * and Redis database as {@code context}, with its own Reactor Netty resources so that closing it
     * leaves the test context's servers running. An extra argument replaces a broker argument of the
     * same key (to point the replica at a proxy, say). Close it in a {@code finally} or {@code @AfterAll}.
     */
    public static ConfigurableApplicationContext start(Class<?> application, ApplicationContext context,
            String... extraArguments) {
        Map<String, String> args = new LinkedHashMap<>();
        Stream.of(brokerArguments(context), new String[] { "--server.port=0", "--management.server.port=0" },
                extraArguments)
            .flatMap(Stream::of)
            .forEach(arg -> args.put(arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg, arg));
        return new SpringApplicationBuilder(application, IsolatedNettyResources.class)
            .run(args.values().toArray(String[]::new));
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
