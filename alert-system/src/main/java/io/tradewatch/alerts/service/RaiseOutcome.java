package io.tradewatch.alerts.service;

/** What happened to an alert a source raised. */
public enum RaiseOutcome {

    /** Recorded in history and handed to every channel. */
    SENT,
    /** A redelivery of a message or notification already handled. */
    DUPLICATE,
    /** The same fingerprint fired within its cooldown. */
    COOLDOWN,
    /** A resolution whose firing was not sent (suppressed, or resolved by another instance already). */
    NOT_FIRING,
    /** Refused by flood control. */
    FLOOD
}
