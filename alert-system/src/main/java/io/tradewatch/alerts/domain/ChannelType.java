package io.tradewatch.alerts.domain;

import java.util.Locale;
import java.util.Optional;

/** How an alert reaches people: a signed JSON webhook, a Slack-compatible incoming webhook, or the log. */
public enum ChannelType {

    WEBHOOK, SLACK, LOG;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether this channel posts to a URL (and so needs one). */
    public boolean needsUrl() {
        return this != LOG;
    }

    public static Optional<ChannelType> parse(String value) {
        for (ChannelType type : values()) {
            if (type.name().equalsIgnoreCase(value.trim())) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
