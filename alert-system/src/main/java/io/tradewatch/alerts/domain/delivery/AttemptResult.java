package io.tradewatch.alerts.domain.delivery;

/**
 * The outcome of one delivery attempt. {@link Retryable} failures (5xx, 408, 429, timeouts, refused or reset
 * connections) are tried again after a backoff; {@link Permanent} ones (other 4xx, redirects, refused
 * targets) never are, because sending the same request again cannot change the answer.
 */
public sealed interface AttemptResult {

    /** The HTTP status, or 0 when there was none (a timeout, a connection error, the log). */
    int status();

    String detail();

    record Delivered(int status, String detail) implements AttemptResult {
    }

    record Retryable(int status, String detail) implements AttemptResult {
    }

    record Permanent(int status, String detail) implements AttemptResult {
    }

    /** Classifies an HTTP answer. */
    static AttemptResult ofStatus(int status, String body) {
        String detail = "HTTP " + status + (body.isBlank() ? "" : ": " + body);
        if (status >= 200 && status < 300) {
            return new Delivered(status, detail);
        }
        if (status >= 300 && status < 400) {
            return new Permanent(status, detail + " (redirects are never followed)");
        }
        if (status == 408 || status == 429 || status >= 500) {
            return new Retryable(status, detail);
        }
        return new Permanent(status, detail);
    }
}
