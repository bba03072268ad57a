package io.tradewatch.orders.bench;

import java.io.File;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.tradewatch.testsupport.LocalBrokerIsolation;

import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitAdmin;

/**
 * Starts the real risk-manager from its jar for the benchmark, on the benchmark's virtual host and Redis
 * database, with limits wide enough that the benchmark's orders are approved, and waits for its order queue.
 */
final class RiskManagerProcess {

    private RiskManagerProcess() {
    }

    static Process start(String jar, LocalBrokerIsolation isolation, CachingConnectionFactory rabbit)
            throws IOException, InterruptedException {
        String java = System.getProperty("java.home") + "/bin/java";
        List<String> command = List.of(java, "--enable-native-access=ALL-UNNAMED", "-jar", jar, "--server.port=0",
                "--management.server.port=0", "--logging.level.root=WARN",
                "--spring.rabbitmq.virtual-host=" + isolation.virtualHost(),
                "--spring.data.redis.database=" + isolation.redisDatabase(),
                "--tradewatch.risk.default-limits.max-open-orders=10000",
                "--tradewatch.risk.default-limits.daily-loss-limit=100000000",
                "--tradewatch.risk.default-limits.max-gross-exposure=1000000000",
                "--tradewatch.risk.default-limits.max-drawdown=0.99",
                "--tradewatch.risk.default-limits.drawdown-warning=0.98");
        File log = File.createTempFile("bench-risk-manager-", ".log");
        System.out.println("risk-manager log: " + log);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log).start();
        RabbitAdmin admin = new RabbitAdmin(rabbit);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (admin.getQueueInfo("risk-manager.orders") == null || admin.getQueueInfo("risk-manager.orders")
            .getConsumerCount() == 0) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                process.destroy();
                throw new IllegalStateException("risk-manager did not start; see " + log);
            }
            TimeUnit.MILLISECONDS.sleep(200);
        }
        return process;
    }
}
