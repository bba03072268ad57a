package io.tradewatch.testsupport.observability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * deploy/prometheus/prometheus.yml as an operator runs it on one machine, rewritten for a test: the same
 * scrape jobs, rule files and file_sd target files with the same labels, only the target addresses, the
 * scrape and evaluation intervals, the Alertmanager address and (where a test says so) some alerts'
 * {@code for:} durations differ.
 *
 * @param deploy the deploy module's directory
 * @param targetsOf the {@code host:port} addresses to scrape for a target group's {@code service} label
 * @param interval scrape and evaluation interval (also the scrape timeout)
 * @param alertmanager {@code host:port} of the Alertmanager to send alerts to, or null for none
 * @param forOverrides alert name to the {@code for:} duration used instead of deploy's
 */
public record LocalPrometheusConfiguration(Path deploy, Function<String, List<String>> targetsOf, Duration interval,
        @Nullable String alertmanager, Map<String, String> forOverrides) {

    /** Writes prometheus.yml, rules/ and targets/ into {@code dir} and returns the prometheus.yml written. */
    public Path writeTo(Path dir) {
        try {
            Path source = deploy.resolve("prometheus");
            Map<String, Object> config = new LinkedHashMap<>(load(source.resolve("prometheus.yml")));
            Map<String, Object> global = new LinkedHashMap<>(map(config.get("global")));
            String seconds = interval.toSeconds() + "s";
            global.put("scrape_interval", seconds);
            global.put("scrape_timeout", seconds);
            global.put("evaluation_interval", seconds);
            config.put("global", global);
            writeRules(source.resolve("rules"), dir.resolve("rules"));
            Files.createDirectories(dir.resolve("targets"));
            Set<String> targetFiles = new LinkedHashSet<>();
            maps(config.get("scrape_configs")).forEach(job -> maps(job.get("file_sd_configs"))
                .forEach(sd -> list(sd.get("files")).forEach(file -> targetFiles.add((String) file))));
            for (String file : targetFiles) {
                List<Map<String, Object>> groups = new ArrayList<>();
                for (Map<String, Object> group : maps(yaml().load(Files.readString(source.resolve(file))))) {
                    String service = (String) map(group.get("labels")).get("service");
                    groups.add(Map.of("targets", targetsOf.apply(service), "labels", group.get("labels")));
                }
                Files.writeString(dir.resolve(file), dump(groups));
            }
            String alertmanagers = (alertmanager == null) ? "[]\n" : dump(List.of(Map.of("targets", List.of(alertmanager))));
            for (Map<String, Object> alerting : maps(map(config.get("alerting")).get("alertmanagers"))) {
                for (Map<String, Object> sd : maps(alerting.get("file_sd_configs"))) {
                    for (Object file : list(sd.get("files"))) {
                        Files.writeString(dir.resolve((String) file), alertmanagers);
                    }
                }
            }
            Path written = dir.resolve("prometheus.yml");
            Files.writeString(written, dump(config));
            return written;
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private void writeRules(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        Set<String> overridden = new LinkedHashSet<>();
        try (Stream<Path> files = Files.list(from)) {
            for (Path file : files.filter(file -> file.toString().endsWith(".yml")).sorted().toList()) {
                Map<String, Object> rules = load(file);
                for (Map<String, Object> group : maps(rules.get("groups"))) {
                    for (Map<String, Object> rule : maps(group.get("rules"))) {
                        String override = (rule.get("alert") instanceof String alert) ? forOverrides.get(alert) : null;
                        if (override != null) {
                            rule.put("for", override);
                            overridden.add((String) rule.get("alert"));
                        }
                    }
                }
                Files.writeString(to.resolve(file.getFileName()), dump(rules));
            }
        }
        if (!overridden.equals(forOverrides.keySet())) {
            throw new IllegalArgumentException("no such alerts in " + from + ": " + forOverrides.keySet()
                .stream().filter(name -> !overridden.contains(name)).toList());
        }
    }

    /** YAML in block style, as Prometheus' own files are written. */
    public static String dump(Object yaml) {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        return new Yaml(options).dump(yaml);
    }

    private static Yaml yaml() {
        return new Yaml(new SafeConstructor(new LoaderOptions()));
    }

    private static Map<String, Object> load(Path file) throws IOException {
        return map(yaml().load(Files.readString(file)));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(@Nullable Object value) {
        return (value == null) ? new LinkedHashMap<>() : (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> maps(@Nullable Object value) {
        return (value == null) ? List.of() : (List<Map<String, Object>>) value;
    }

    private static List<?> list(@Nullable Object value) {
        return (value == null) ? List.of() : (List<?>) value;
    }
}
