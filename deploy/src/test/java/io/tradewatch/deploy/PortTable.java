package io.tradewatch.deploy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.tradewatch.deploy.Yamls.at;
import static io.tradewatch.deploy.Yamls.str;

/**
 * The port table as the services configure it: each service module's {@code application.yml} gives its
 * application name and the defaults of {@code server.port} (SERVER_PORT) and
 * {@code management.server.port} (MANAGEMENT_SERVER_PORT).
 */
final class PortTable {

    /** The services in the order of the architecture's table. */
    static final List<String> MODULES = List.of("api-gateway", "market-data-service", "strategy-service",
            "order-executor", "risk-manager", "alert-system");

    /** The ports every pod uses in Kubernetes. */
    static final int K8S_HTTP = 8080;

    static final int K8S_MANAGEMENT = 8081;

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{(\\w+):(\\d+)}");

    private PortTable() {
    }

    static List<Service> services() {
        return MODULES.stream().map(PortTable::read).toList();
    }

    static Service service(String module) {
        return read(module);
    }

    private static Service read(String module) {
        Path file = DeployPaths.root().resolve(module).resolve("src/main/resources/application.yml");
        if (!Files.isRegularFile(file)) {
            throw new AssertionError(module + " has no src/main/resources/application.yml to read its ports from");
        }
        var yaml = Yamls.load(file);
        return new Service(module, str(at(yaml, "spring", "application", "name")),
                port(file, str(at(yaml, "server", "port")), "SERVER_PORT"),
                port(file, str(at(yaml, "management", "server", "port")), "MANAGEMENT_SERVER_PORT"));
    }

    private static int port(Path file, String value, String variable) {
        Matcher matcher = PLACEHOLDER.matcher(value == null ? "" : value);
        if (!matcher.matches() || !matcher.group(1).equals(variable)) {
            throw new AssertionError(file + ": expected a port of the form ${" + variable + ":<default>}, found "
                    + value);
        }
        return Integer.parseInt(matcher.group(2));
    }

    /** One row of the table: module, spring.application.name, business and management ports. */
    record Service(String module, String applicationName, int port, int managementPort) {
    }
}
