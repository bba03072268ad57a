package io.tradewatch.e2e;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One scrape of a service's {@code /actuator/prometheus} (text format 0.0.4), read into samples. Lookups
 * fail when no sample matches, so a missing series is never read as zero.
 */
final class Scrape {

    private static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{(.*)})?\\s+(\\S+)");

    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"");

    private final String text;

    private final List<Sample> samples;

    private Scrape(String text, List<Sample> samples) {
        this.text = text;
        this.samples = samples;
    }

    static Scrape of(String text) {
        List<Sample> samples = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            Matcher matcher = SAMPLE.matcher(line);
            if (!matcher.find()) {
                throw new IllegalArgumentException("not a sample line: " + line);
            }
            Map<String, String> labels = new LinkedHashMap<>();
            if (matcher.group(3) != null) {
                Matcher label = LABEL.matcher(matcher.group(3));
                while (label.find()) {
                    labels.put(label.group(1), label.group(2));
                }
            }
            samples.add(new Sample(matcher.group(1), labels, Double.parseDouble(matcher.group(4))));
        }
        return new Scrape(text, samples);
    }

    String text() {
        return text;
    }

    /** The samples of {@code name} whose labels include every pair of {@code labels}. */
    List<Sample> samples(String name, Map<String, String> labels) {
        return samples.stream()
            .filter(sample -> sample.name().equals(name))
            .filter(sample -> sample.labels().entrySet().containsAll(labels.entrySet()))
            .toList();
    }

    /** The value of the one sample of {@code name} with {@code labels}; fails when there is none or several. */
    double value(String name, Map<String, String> labels) {
        List<Sample> matching = samples(name, labels);
        if (matching.size() != 1) {
            throw new AssertionError("expected one sample " + name + labels + ", found " + matching);
        }
        return matching.get(0).value();
    }

    /** Number of distinct series in this scrape. */
    int seriesCount() {
        return samples.size();
    }

    /** One sample line. */
    record Sample(String name, Map<String, String> labels, double value) {
    }
}
