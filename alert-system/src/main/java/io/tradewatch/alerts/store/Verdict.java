package io.tradewatch.alerts.store;

/**
 * What the shared gate decided about one alert: send it, or suppress it as a redelivered message or
 * notification ({@code DUPLICATE}), inside the fingerprint's cooldown ({@code COOLDOWN}), or as a resolution
 * of an alert whose firing was never sent ({@code NOT_FIRING}).
 */
public enum Verdict {

    SEND, DUPLICATE, COOLDOWN, NOT_FIRING;

    static Verdict of(String text) {
        return switch (text) {
            case "send" -> SEND;
            case "duplicate" -> DUPLICATE;
            case "cooldown" -> COOLDOWN;
            case "inactive" -> NOT_FIRING;
            default -> throw new IllegalStateException("unexpected gate answer from Redis: " + text);
        };
    }
}
