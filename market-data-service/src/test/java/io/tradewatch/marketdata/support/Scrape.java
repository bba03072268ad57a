package io.tradewatch.marketdata.support;

import java.util.Map;

/** Reads sample values out of a Prometheus text scrape. */
public final class Scrape {

    private final String text;

    public Scrape(String text) {
        this.text = text;
    }

    /**
     * The sum of the samples of {@code series} whose labels include all of {@code labels}; 0 when none
     * (a meter not created yet reads as zero, as Prometheus would treat an absent counter).
     */
    public double value(String series, Map<String, String> labels) {
        double sum = 0;
        for (String line : text.split("\n")) {
            if (!line.startsWith(series + "{") && !line.startsWith(series + " ")) {
                continue;
            }
            int close = line.lastIndexOf('}');
            String labelPart = (close > 0) ? line.substring(series.length(), close + 1) : "";
            if (labels.entrySet().stream().allMatch(label -> labelPart.contains(label.getKey() + "=\"" + label.getValue() + "\""))) {
                sum += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        return sum;
    }

    public double value(String series) {
        return value(series, Map.of());
    }

    public boolean has(String series) {
        return text.contains("\n" + series + "{") || text.startsWith(series + "{");
    }
}
