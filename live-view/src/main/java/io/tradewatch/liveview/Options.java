package io.tradewatch.liveview;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The command line of the live view.
 *
 * @param endpoints where the suite answers
 * @param interval time between refreshes
 * @param plain print plain lines even on a terminal
 * @param count refreshes before the view exits by itself, 0 for never
 */
record Options(SuiteReader.Endpoints endpoints, Duration interval, boolean plain, long count) {

    static final String USAGE = """
            usage: live-view [--gateway URI] [--key-file PATH | --key-env NAME] [--prometheus URI | --no-prometheus]
                             [--management-host HOST] [--interval SECONDS] [--plain] [--count N]
              --gateway          the gateway (default http://127.0.0.1:8080)
              --key-file PATH    file holding the API key (default var/admin-key when it exists)
              --key-env NAME     environment variable holding the API key
              --prometheus URI   Prometheus, for alerts and the gateway's p99 (default http://127.0.0.1:9090)
              --management-host  host of the services' management ports 9180-9185 (default 127.0.0.1)
              --interval         seconds between refreshes (default 1 on a terminal, 5 for plain lines)
              --plain            one line per refresh, as when the output is not a terminal
              --count N          exit after N refreshes
            On a terminal: q or Ctrl-C quits.""";

    /** Management port of each service, as in the port table (deploy/README.md), in display order. */
    static final Map<String, Integer> MANAGEMENT_PORTS = managementPorts();

    static Options parse(List<String> args) {
        String gateway = "http://127.0.0.1:8080";
        String prometheus = "http://127.0.0.1:9090";
        String managementHost = "127.0.0.1";
        String apiKey = readKey(Path.of("var/admin-key"), false);
        Duration interval = null;
        boolean plain = false;
        long count = 0;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "--gateway" -> gateway = value(args, ++i, arg);
                case "--key-file" -> apiKey = readKey(Path.of(value(args, ++i, arg)), true);
                case "--key-env" -> apiKey = System.getenv(value(args, ++i, arg));
                case "--prometheus" -> prometheus = value(args, ++i, arg);
                case "--no-prometheus" -> prometheus = null;
                case "--management-host" -> managementHost = value(args, ++i, arg);
                case "--interval" -> interval = Duration.ofMillis(Math.round(1000 * positive(value(args, ++i, arg), arg)));
                case "--plain" -> plain = true;
                case "--count" -> count = Math.round(positive(value(args, ++i, arg), arg));
                default -> throw new IllegalArgumentException("unknown option " + arg);
            }
        }
        Map<String, URI> management = new LinkedHashMap<>();
        for (Map.Entry<String, Integer> service : MANAGEMENT_PORTS.entrySet()) {
            management.put(service.getKey(), URI.create("http://" + managementHost + ":" + service.getValue()));
        }
        String trimmedPrometheus = prometheus == null ? null : prometheus.replaceAll("/+$", "");
        return new Options(new SuiteReader.Endpoints(URI.create(gateway), apiKey, management, trimmedPrometheus),
                interval, plain, count);
    }

    /** The refresh interval: given, or 1 s on a terminal and 5 s for plain lines. */
    Duration interval(boolean plainLines) {
        return interval != null ? interval : Duration.ofSeconds(plainLines ? 5 : 1);
    }

    private static String value(List<String> args, int index, String option) {
        if (index >= args.size()) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args.get(index);
    }

    private static double positive(String value, String option) {
        try {
            double number = Double.parseDouble(value);
            if (number > 0 && Double.isFinite(number)) {
                return number;
            }
        }
        catch (NumberFormatException notANumber) {
            // reported below
        }
        throw new IllegalArgumentException(option + " needs a positive number, not '" + value + "'");
    }

    private static String readKey(Path file, boolean required) {
        try {
            return Files.readString(file).strip();
        }
        catch (IOException unreadable) {
            if (required) {
                throw new IllegalArgumentException("cannot read the key file " + file + ": " + unreadable.getMessage());
            }
            return null;
        }
    }

    private static Map<String, Integer> managementPorts() {
        Map<String, Integer> ports = new LinkedHashMap<>();
        ports.put(ViewModels.MARKET_DATA, 9181);
        ports.put(ViewModels.STRATEGY, 9182);
        ports.put(ViewModels.ORDER_EXECUTOR, 9183);
        ports.put(ViewModels.RISK_MANAGER, 9184);
        ports.put(ViewModels.ALERT_SYSTEM, 9185);
        ports.put(ViewModels.GATEWAY, 9180);
        return Collections.unmodifiableMap(ports);
    }
}
