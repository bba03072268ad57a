package io.tradewatch.alerts.domain;

import java.util.Locale;
import java.util.Optional;

/** How urgent an alert is; written in lower case on the wire ({@code info}, {@code warning}, {@code critical}). */
public enum Severity {

    INFO, WARNING, CRITICAL;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The severity named {@code value} (any case), or empty when it is not one of the three. */
    public static Optional<Severity> parse(String value) {
        for (Severity severity : values()) {
            if (severity.name().equalsIgnoreCase(value.trim())) {
                return Optional.of(severity);
            }
        }
        return Optional.empty();
    }
}
