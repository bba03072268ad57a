package io.tradewatch.orders.bench;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.tradewatch.testsupport.LocalBrokerIsolation;
import io.tradewatch.testsupport.ServiceJar;

import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitAdmin;

/**
 * Starts the real risk-manager from its jar for the benchmark, on the benchmark's virtual host and Redis
 * database, with limits wide enough that the benchmark's orders are approved, and waits for its order queue.
 */
final class RiskManagerProcess {

    private RiskManagerProcess() {
    }

    static ServiceJar start(String jar, LocalBrokerIsolation isolation, CachingConnectionFactory rabbit)
            throws IOException, InterruptedException {
        ServiceJar riskManager = ServiceJar.start(jar, List.of("--server.port=0", "--management.server.port=0",
                "--spring.rabbitmq.virtual-host=" + isolation.virtualHost(),
                "--spring.data.redis.database=" + isolation.redisDatabase(),
                "--tradewatch.risk.default-limits.max-open-orders=10000",
                "--tradewatch.risk.default-limits.daily-loss-limit=100000000",
                "--tradewatch.risk.default-limits.max-gross-exposure=1000000000",
                "--tradewatch.risk.default-limits.max-drawdown=0.99",
                "--tradewatch.risk.default-limits.drawdown-warning=0.98"));
        RabbitAdmin admin = new RabbitAdmin(rabbit);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (admin.getQueueInfo("risk-manager.orders") == null || admin.getQueueInfo("risk-manager.orders")
            .getConsumerCount() == 0) {
            if (!riskManager.isAlive() || System.nanoTime() > deadline) {
                riskManager.close();
                throw new IllegalStateException("risk-manager did not start; see " + riskManager.log());
            }
            TimeUnit.MILLISECONDS.sleep(200);
        }
        return riskManager;
    }
}
