package io.tradewatch.risk.domain.rules;

import java.util.Locale;

/** How serious a breach is; a critical breach can engage the kill switch. */
public enum Severity {
    WARNING, CRITICAL;

    /** The name on the wire: {@code warning} or {@code critical}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
