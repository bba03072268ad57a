package io.tradewatch.alerts.domain;

import java.util.Locale;
import java.util.Optional;

/** Whether a notification says a condition started ({@code firing}) or cleared ({@code resolved}). */
public enum AlertStatus {

    FIRING, RESOLVED;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<AlertStatus> parse(String value) {
        for (AlertStatus status : values()) {
            if (status.wireName().equals(value)) {
                return Optional.of(status);
            }
        }
        return Optional.empty();
    }
}
