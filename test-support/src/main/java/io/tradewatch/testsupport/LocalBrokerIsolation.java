package io.tradewatch.testsupport;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.util.ClassUtils;

/**
 * One test context's private corner of the local servers: its own RabbitMQ virtual host and its own
 * Redis database, both removed when the context closes.
 */
public final class LocalBrokerIsolation implements DisposableBean {

    private static final String RABBIT_CLIENT = "com.rabbitmq.client.ConnectionFactory";

    private final RabbitVirtualHosts virtualHosts;

    private final RedisDatabases databases;

    private final String virtualHost;

    private final RedisDatabases.Lease lease;

    public LocalBrokerIsolation(LocalServers servers) {
        servers.requireReachable();
        this.virtualHosts = new RabbitVirtualHosts(servers);
        this.databases = new RedisDatabases(servers);
        this.virtualHost = ClassUtils.isPresent(RABBIT_CLIENT, getClass().getClassLoader()) ? virtualHosts.create()
                : "/";
        this.lease = databases.lease();
    }

    public String virtualHost() {
        return virtualHost;
    }

    public int redisDatabase() {
        return lease.database();
    }

    @Override
    public void destroy() {
        try {
            if (!"/".equals(virtualHost)) {
                virtualHosts.delete(virtualHost);
            }
        }
        finally {
            databases.release(lease);
        }
    }
}
