package io.tradewatch.orders.store;

/** How an atomic change to an order ended. */
public enum CommitResult {

    /** Written. */
    COMMITTED,
    /** The order (or the account) changed since it was read: read again and recompute. */
    CONFLICT,
    /** This fill was already applied: nothing was written. */
    DUPLICATE,
    /** The order does not exist. */
    MISSING;

    static CommitResult of(Long code) {
        return switch (code.intValue()) {
            case 1 -> COMMITTED;
            case 2 -> DUPLICATE;
            case -1 -> MISSING;
            default -> CONFLICT;
        };
    }
}
