package io.tradewatch.alerts.domain;

import java.net.URI;

import org.jspecify.annotations.Nullable;

/**
 * One place an alert is delivered to: a channel type and, for webhooks, the URL. Targets are compared by
 * value, so each distinct target gets its own delivery lane.
 */
public record ChannelTarget(ChannelType type, @Nullable URI url) {

    public ChannelTarget {
        if (type.needsUrl() && url == null) {
            throw new IllegalArgumentException(type.wireName() + " channel needs a url");
        }
        if (!type.needsUrl()) {
            url = null;
        }
    }

    public static ChannelTarget log() {
        return new ChannelTarget(ChannelType.LOG, null);
    }

    /** The lane key: type and full URL. */
    public String key() {
        return (url == null) ? type.wireName() : type.wireName() + " " + url;
    }

    /** The target for logs and views: scheme, host and port only, because paths and queries may hold tokens. */
    public String describe() {
        if (url == null) {
            return type.wireName();
        }
        String port = (url.getPort() >= 0) ? ":" + url.getPort() : "";
        return type.wireName() + " " + url.getScheme() + "://" + url.getHost() + port + "/…";
    }
}
