package io.tradewatch.gateway.filter;

import java.net.InetSocketAddress;

import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

/**
 * Tells requests to the management port apart: Boot's management server also runs the application's
 * web filters, and its probes and scrapes must not be authenticated, rate limited or blocked as
 * "actuator" paths.
 */
@Component
public class ManagementPort implements ApplicationListener<WebServerInitializedEvent> {

    private static final String MANAGEMENT_NAMESPACE = "management";

    private volatile int port = -1;

    @Override
    public void onApplicationEvent(WebServerInitializedEvent event) {
        if (MANAGEMENT_NAMESPACE.equals(event.getApplicationContext().getServerNamespace())) {
            port = event.getWebServer().getPort();
        }
    }

    /** True when the exchange arrived on the management server's port. */
    public boolean isManagementRequest(ServerWebExchange exchange) {
        InetSocketAddress local = exchange.getRequest().getLocalAddress();
        int management = port;
        return management > 0 && local != null && local.getPort() == management;
    }
}
